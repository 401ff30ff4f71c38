namespace QwenEval.Runs;

/// <summary>The run folder's four append-only record files, open for one invocation.</summary>
public sealed class RunLogs(RunFolder folder) : IDisposable
{
    private readonly JsonLinesWriter _samples = new(folder.SamplesPath);
    private readonly JsonLinesWriter _results = new(folder.ResultsPath);
    private readonly JsonLinesWriter _timings = new(folder.TimingsPath);
    private readonly JsonLinesWriter _measurements = new(folder.MeasurementsPath);

    public void Sample(SampleRecord record) => _samples.Append(record);

    public void Result(ResultRecord record) => _results.Append(record);

    public void Timing(TimingRecord record) => _timings.Append(record);

    public void Measurement(MeasurementRecord record) => _measurements.Append(record);

    public void Dispose()
    {
        _samples.Dispose();
        _results.Dispose();
        _timings.Dispose();
        _measurements.Dispose();
    }
}
