using LiteDB;
using SchoolSupport.Bot.Hosting;

namespace SchoolSupport.Bot.Storage;

/// <summary>
/// The one LiteDB database of this process. A lock file next to it makes a second process fail at start
/// instead of corrupting the data. Writes go through <see cref="Write{T}"/>: one writer at a time, one
/// transaction, never across an await (LiteDB transactions are bound to the OS thread).
/// </summary>
internal sealed class Store : IDisposable
{
    private readonly FileStream lockFile;
    private readonly Lock writeGate = new();

    public Store(StorageOptions options)
    {
        Directory.CreateDirectory(options.DataDirectory);
        var lockPath = options.DatabasePath + ".lock";
        try
        {
            lockFile = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new InvalidOperationException(
                $"Файл данных {options.DatabasePath} уже открыт другим запущенным экземпляром бота. " +
                "Остановите его или укажите другой Storage:DataDirectory.");
        }
        Database = new LiteDatabase(new ConnectionString { Filename = options.DatabasePath, Connection = ConnectionType.Direct }, Mapping.Create());
        // Dates come back as UTC (LiteDB's default is local time, which breaks every *Utc comparison and conversion).
        Database.UtcDate = true;
        Database.Checkpoint();
    }

    public LiteDatabase Database { get; }

    public ILiteCollection<T> Collection<T>(string name) => Database.GetCollection<T>(name);

    /// <summary>Runs <paramref name="work"/> in one transaction: all of it is stored, or none of it.</summary>
    public T Write<T>(Func<T> work)
    {
        lock (writeGate)
        {
            if (!Database.BeginTrans()) throw new InvalidOperationException("Nested transaction.");
            try
            {
                var result = work();
                Database.Commit();
                return result;
            }
            catch
            {
                Database.Rollback();
                throw;
            }
        }
    }

    public void Write(Action work) => Write(() => { work(); return 0; });

    public void Dispose()
    {
        lock (writeGate)
        {
            Database.Checkpoint();
            Database.Dispose();
        }
        lockFile.Dispose();
    }
}
