namespace QwenEval.Tests.Support;

/// <summary>
/// A run of one served model ("served", kind openai) against a test server whose answers wait at a gate: while the
/// gate is shut the run sits in a generation, holding its folder and its worker, so tests can act on it then.
/// </summary>
public sealed class ServedRun : IDisposable
{
    private readonly ManualResetEventSlim _open = new();
    private readonly SemaphoreSlim _arrivals = new(0);

    public ServedRun(TempDir dir, int tasks = 2)
    {
        Dir = dir;
        if (!Directory.Exists(Path.Combine(dir.Path, "suite"))) SmallRun.Suite(dir, tasks);
        Server = new ChatServer((_, _) =>
        {
            _arrivals.Release();
            _open.Wait(TimeSpan.FromMinutes(3));
            return ChatReply.Answer("```python\nprint('an answer')\n```");
        });
        Config = dir.File("served.config.json",
            $$"""{ "suite": "suite", "models": [ { "name": "served", "kind": "openai", "endpoint": "{{Server.Endpoint}}", "model": "m" } ] }""");
        Output = Path.Combine(dir.Path, "runs");
    }

    public TempDir Dir { get; }

    public ChatServer Server { get; }

    public string Config { get; }

    public string Output { get; }

    public string[] RunArgs(params string[] extra) => ["run", "--config", Config, "--output", Output, .. extra];

    /// <summary>Waits until a request reached the server (a run is generating), or fails the test.</summary>
    public void AwaitRequest(int seconds = 120)
    {
        if (!_arrivals.Wait(TimeSpan.FromSeconds(seconds))) NUnit.Framework.Assert.Fail($"no request reached the server in {seconds} s");
    }

    public void Open() => _open.Set();

    public void Dispose()
    {
        _open.Set();
        Server.Dispose();
    }
}
