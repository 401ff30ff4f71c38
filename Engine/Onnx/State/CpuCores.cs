namespace QwenEval.Engine.Onnx.State;

/// <summary>Physical core count: ORT's intra-op threads scale with cores, and hyper-threads only add contention.</summary>
public static class CpuCores
{
    public static int Physical()
    {
        try
        {
            if (OperatingSystem.IsLinux() && File.Exists("/proc/cpuinfo"))
            {
                var cores = new HashSet<(string, string)>();
                string physical = "0";
                foreach (var line in File.ReadLines("/proc/cpuinfo"))
                {
                    var colon = line.IndexOf(':');
                    if (colon < 0) continue;
                    var key = line[..colon].Trim();
                    var value = line[(colon + 1)..].Trim();
                    if (key == "physical id") physical = value;
                    else if (key == "core id") cores.Add((physical, value));
                }
                if (cores.Count > 0) return Math.Min(cores.Count, Environment.ProcessorCount);
            }
        }
        catch (IOException)
        {
            // Fall through to the logical count: a wrong guess costs speed, never correctness.
        }
        return Environment.ProcessorCount;
    }
}
