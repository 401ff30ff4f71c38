namespace QwenEval.Core;

/// <summary>
/// A machine size on the chart and the share of it macOS lets the GPU wire by default
/// (Metal recommendedMaxWorkingSetSize): 2/3 up to 32 GB, 3/4 above, as users report it
/// (llama.cpp issues 2209 and 1870, ollama issue 434). Newer macOS reports up to ~0.84 on 128 GB.
/// </summary>
public sealed record MemoryBudget(double MachineGiB)
{
    public double GpuWiredShare => MachineGiB <= 32 ? 2.0 / 3 : 3.0 / 4;

    public double GpuWiredGiB => MachineGiB * GpuWiredShare;
}
