using System.Net;
using QwenEval.Core;

namespace QwenEval.Serve;

/// <summary>How `qweneval serve` listens and what it accepts.</summary>
/// <param name="Kind">backend kind: "onnx" (the built-in engine) or "genai"</param>
/// <param name="Port">0 picks a free port (printed, and in <see cref="ServeHost.BaseUrl"/>)</param>
/// <param name="ApiKey">when set, every /v1 request needs "Authorization: Bearer &lt;key&gt;"</param>
/// <param name="MaxQueue">requests waiting or running before new ones get 503</param>
/// <param name="MaxBodyBytes">larger request bodies get 413</param>
/// <param name="DefaultMaxTokens">max_tokens of a request that gives none</param>
public sealed record ServeOptions(
    string ModelDir,
    string Kind = "onnx",
    string Host = "127.0.0.1",
    int Port = 8080,
    string? ApiKey = null,
    int? Threads = null,
    int MaxQueue = 64,
    long MaxBodyBytes = 4L << 20,
    int DefaultMaxTokens = 4096,
    double GenerationSeconds = 600)
{
    /// <summary>The address to bind; anything but loopback needs an API key (a model server open to the network without one is anyone's).</summary>
    public IPAddress Address()
    {
        var address = Host == "localhost" ? IPAddress.Loopback
            : IPAddress.TryParse(Host, out var ip) ? ip
            : throw new UserInputException($"--host {Host}: not an IP address. Use 127.0.0.1 (the default), ::1, or an address of this machine.");
        if (!IPAddress.IsLoopback(address) && ApiKey is null)
            throw new UserInputException($"--host {Host}: binding beyond loopback needs an API key. Pass --api-key-env VAR with the key in VAR.");
        return address;
    }
}
