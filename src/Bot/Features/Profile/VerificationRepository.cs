using LiteDB;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Risks;

namespace SchoolSupport.Bot.Features.Profile;

/// <summary>The verification of each school's risk profile ("risk_verifications"), one document per school id.</summary>
internal sealed class VerificationRepository
{
    private readonly ILiteCollection<RiskVerification> items;

    public VerificationRepository(Store store) => items = store.Collection<RiskVerification>("risk_verifications");

    public RiskVerification Get(int schoolId) => items.FindById(schoolId) ?? RiskVerification.For(schoolId);

    public void Save(RiskVerification v) => items.Upsert(v);
}
