using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace QwenEval.Tests.Execution;

/// <summary>
/// What a hostile program may try to reach on the host: a loopback TCP listener, an abstract unix socket, an
/// environment variable, secret files in the temp folder and the home folder, and an open descriptor to a
/// secret file that is inherited by every child of this process.
/// </summary>
internal sealed class HostBait : IDisposable
{
    private readonly TcpListener _tcp = new(IPAddress.Loopback, 0);
    private readonly Socket _unix = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
    private readonly string _abstract = "qweneval-hostile-" + Guid.NewGuid().ToString("N");
    private readonly string _envName = "QWENEVAL_HOSTILE_SECRET_" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
    private readonly string _envSecret = "env-secret-" + Guid.NewGuid().ToString("N");
    private readonly List<string> _files = [];
    private readonly Microsoft.Win32.SafeHandles.SafeFileHandle _descriptorHandle;
    private int _touched;

    public HostBait()
    {
        _tcp.Start();
        _unix.Bind(new UnixDomainSocketEndPoint("\0" + _abstract));
        _unix.Listen();
        _unix.Blocking = false;
        Environment.SetEnvironmentVariable(_envName, _envSecret);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        foreach (var dir in new[] { Path.GetTempPath(), home })
        {
            var path = Path.Combine(dir, $".qweneval-secret-{Guid.NewGuid():N}");
            File.WriteAllText(path, "file-secret-" + Guid.NewGuid().ToString("N"));
            _files.Add(path);
        }
        var fdFile = Path.Combine(Path.GetTempPath(), $".qweneval-secret-fd-{Guid.NewGuid():N}");
        DescriptorSecret = "fd-secret-" + Guid.NewGuid().ToString("N");
        File.WriteAllText(fdFile, DescriptorSecret);
        _files.Add(fdFile);
        _descriptorHandle = File.OpenHandle(fdFile);
        Descriptor = (int)_descriptorHandle.DangerousGetHandle();
        // Clear close-on-exec: like a careless harness, this descriptor now leaks into every child process.
        if (Fcntl(Descriptor, 2 /* F_SETFD */, 0) != 0) throw new InvalidOperationException("fcntl failed");
    }

    public int Descriptor { get; }

    public string DescriptorSecret { get; }

    public IEnumerable<string> Secrets => [_envSecret, DescriptorSecret, .. _files.Select(File.ReadAllText)];

    public string Fill(string program, string marker, string hostDir) => program
        .Replace("{{MARKER}}", marker)
        .Replace("{{PORT}}", ((IPEndPoint)_tcp.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture))
        .Replace("{{ABSTRACT}}", _abstract)
        .Replace("{{HOST_DIR}}", hostDir)
        .Replace("{{SECRET_FILES}}", "[" + string.Join(", ", _files.Select(f => $"\"{f}\"")) + "]")
        .Replace("{{SECRET_ENV}}", _envName);

    /// <summary>Which listeners got a connection (ever: once touched, every later check fails too).</summary>
    public List<string> Touched()
    {
        var touched = new List<string>();
        lock (_tcp)
        {
            if (_tcp.Pending()) _touched |= 1;
            try
            {
                _unix.Accept().Dispose();
                _touched |= 2;
            }
            catch (SocketException)
            {
            }
            if ((_touched & 1) != 0) touched.Add("loopback TCP listener");
            if ((_touched & 2) != 0) touched.Add("abstract unix socket");
        }
        return touched;
    }

    public void Dispose()
    {
        _tcp.Stop();
        _unix.Dispose();
        _descriptorHandle.Dispose();
        Environment.SetEnvironmentVariable(_envName, null);
        foreach (var f in _files) File.Delete(f);
    }

    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static extern int Fcntl(int fd, int command, int argument);
}
