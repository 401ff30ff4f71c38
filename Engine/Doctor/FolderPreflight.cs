using QwenEval.Core;

namespace QwenEval.Engine.Doctor;

/// <summary>
/// The checks a model folder must pass before a run generates anything: doctor's, with what a run needs (tokenizer,
/// chat template) as errors. Sessions are not created here (that would load every model's weights twice); a
/// folder that passes and still fails to load in its worker is reported as not run.
/// </summary>
public static class FolderPreflight
{
    public static void Check(string modelName, string folder)
    {
        var report = FolderDoctor.Check(folder, new DoctorOptions(CreateSessions: false, ForRun: true));
        if (report.Healthy) return;
        throw new UserInputException($"model \"{modelName}\" cannot run ({folder}):\n  " +
            string.Join("\n  ", report.Errors.Select(e => $"[{e.Check}] {e.Message}")) +
            $"\n`qweneval doctor {folder}` shows every check.");
    }
}
