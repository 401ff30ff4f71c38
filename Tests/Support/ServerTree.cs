using System.Diagnostics;

namespace QwenEval.Tests.Support;

/// <summary>
/// A real process tree like Ollama's: a python3 parent (optionally an OpenAI-compatible chat server answering a fixed
/// text) that starts a child "runner" holding <c>childMb</c> of touched memory. Both carry a unique marker argument,
/// so server_process can find them. Disposing kills the tree.
/// </summary>
public sealed class ServerTree : IDisposable
{
    private const string Child = """
        import sys, time
        block = bytearray(int(sys.argv[2]) * 1024 * 1024)
        for i in range(0, len(block), 4096): block[i] = 1
        print("ready", flush=True)
        time.sleep(600)
        """;

    private const string Parent = """
        import sys, subprocess, json
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
        marker, mb, answer = sys.argv[1], sys.argv[2], sys.argv[3]
        child = subprocess.Popen([sys.executable, "-c", sys.argv[4], marker, mb], stdout=subprocess.PIPE, text=True)
        child.stdout.readline()
        class Chat(BaseHTTPRequestHandler):
            def do_POST(self):
                self.rfile.read(int(self.headers["Content-Length"]))
                body = json.dumps({"model": "runner-model", "system_fingerprint": "fp_tree",
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": answer}, "finish_reason": "stop"}],
                    "usage": {"prompt_tokens": 10, "completion_tokens": 5}}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            def log_message(self, *a): pass
        server = ThreadingHTTPServer(("127.0.0.1", 0), Chat)
        print(server.server_address[1], flush=True)
        server.serve_forever()
        """;

    private readonly Process _parent;

    public ServerTree(int childMb, string answer = "")
    {
        Marker = $"qweneval-tree-{Guid.NewGuid():N}"[..30];
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "-c", Parent, Marker, childMb.ToString(), answer, Child }) psi.ArgumentList.Add(a);
        _parent = Process.Start(psi)!;
        var line = _parent.StandardOutput.ReadLine() ?? throw new InvalidOperationException("the python server tree did not start");
        Port = int.Parse(line);
    }

    public string Marker { get; }

    public int Pid => _parent.Id;

    public int Port { get; }

    public void Dispose()
    {
        _parent.Kill(entireProcessTree: true);
        _parent.WaitForExit(10_000);
        _parent.Dispose();
    }
}
