namespace SchoolSupport.TestBotApi.Internal;

/// <summary>Faults waiting for the next calls of a method ("*" = any method), first injected first used.</summary>
internal sealed class FaultBox
{
    private sealed class Slot(string method, Fault fault, int times)
    {
        public string Method { get; } = method;

        public Fault Fault { get; } = fault;

        public int Remaining { get; set; } = times;
    }

    private readonly Lock _gate = new();
    private readonly List<Slot> _slots = [];

    public void Add(string method, Fault fault, int times)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (_gate)
        {
            _slots.Add(new Slot(method, fault, times));
        }
    }

    /// <summary>Uses of injected faults still to come.</summary>
    public int Left
    {
        get
        {
            lock (_gate)
            {
                return _slots.Sum(s => s.Remaining);
            }
        }
    }

    /// <summary>Forgets every fault not yet used.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _slots.Clear();
        }
    }

    /// <summary>Uses up one fault meant for <paramref name="method"/>, if any.</summary>
    public Fault? Take(string method)
    {
        lock (_gate)
        {
            var slot = _slots.Find(s => s.Method == "*" || string.Equals(s.Method, method, StringComparison.OrdinalIgnoreCase));
            if (slot is null)
            {
                return null;
            }

            if (--slot.Remaining == 0)
            {
                _slots.Remove(slot);
            }

            return slot.Fault;
        }
    }
}
