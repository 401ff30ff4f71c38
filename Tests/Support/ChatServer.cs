using System.Net;
using System.Text;
using System.Text.Json;

namespace QwenEval.Tests.Support;

/// <summary>What the test server answers to one request: a status, headers and raw body bytes (which may be anything, invalid UTF-8 included).</summary>
public sealed record ChatReply(int Status, byte[] Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static ChatReply Json(object body, int status = 200) => new(status, JsonSerializer.SerializeToUtf8Bytes(body));

    public static ChatReply Text(string body, int status = 200) => new(status, Encoding.UTF8.GetBytes(body));

    /// <summary>A well-formed completion whose message content is <paramref name="content"/>.</summary>
    public static ChatReply Answer(string content, string? reasoning = null) => Json(new
    {
        choices = new[] { new { message = new { role = "assistant", content, reasoning_content = reasoning }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 120, completion_tokens = 80 },
    });
}

/// <summary>
/// An OpenAI-compatible chat-completions endpoint on 127.0.0.1 that answers each request as the test scripts it
/// (by request number, from 0): well, badly, slowly, or not at all. Records every request.
/// </summary>
public sealed class ChatServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private int _count;

    public ChatServer(Func<int, JsonElement, ChatReply> reply)
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        new Thread(() =>
        {
            while (_listener.IsListening)
            {
                HttpListenerContext ctx;
                try
                {
                    ctx = _listener.GetContext();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }
                // Each request on its own thread: a slow answer must not hold up the next request.
                new Thread(() => Serve(ctx, reply)) { IsBackground = true }.Start();
            }
        }) { IsBackground = true }.Start();
    }

    public int Port { get; }

    public string Endpoint => $"http://127.0.0.1:{Port}/v1";

    public List<(string Path, string? Auth, JsonElement Body)> Requests { get; } = [];

    private static bool IsProbe(JsonElement body) =>
        body.TryGetProperty("max_tokens", out var m) && m.ValueKind == JsonValueKind.Number && m.GetInt32() == 1 &&
        body.GetProperty("messages").GetRawText().Contains("Reply with OK.", StringComparison.Ordinal);

    private void Serve(HttpListenerContext ctx, Func<int, JsonElement, ChatReply> reply)
    {
        try
        {
            var body = new StreamReader(ctx.Request.InputStream).ReadToEnd();
            using var doc = JsonDocument.Parse(body);
            if (IsProbe(doc.RootElement))
            {
                // The run's one-token probe (the server's model id for run.json) is answered apart, so scripted replies line up with generations.
                ctx.Response.ContentType = "application/json";
                ctx.Response.OutputStream.Write("{\"model\":\"fault-server\",\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"OK\"},\"finish_reason\":\"stop\"}]}"u8);
                ctx.Response.Close();
                return;
            }
            lock (Requests) Requests.Add((ctx.Request.Url!.AbsolutePath, ctx.Request.Headers["Authorization"], doc.RootElement.Clone()));
            var r = reply(Interlocked.Increment(ref _count) - 1, doc.RootElement);
            ctx.Response.StatusCode = r.Status;
            ctx.Response.ContentType = "application/json";
            foreach (var (k, v) in r.Headers ?? new Dictionary<string, string>()) ctx.Response.Headers[k] = v;
            ctx.Response.OutputStream.Write(r.Body);
            ctx.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException or InvalidOperationException)
        {
            // The client went away (killed worker, cancelled run): nothing to answer.
        }
    }

    /// <summary>A port nothing listens on: connections to it are refused.</summary>
    public static int FreePort()
    {
        var l = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }
}
