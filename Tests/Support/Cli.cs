using QwenEval.Core;
using QwenEval.Harness.Cli;

namespace QwenEval.Tests.Support;

/// <summary>Runs the real CLI in-process and captures its exit code, standard output and standard error.</summary>
public static class Cli
{
    private static readonly Lock ConsoleGate = new();

    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var err = new StringWriter();
        var @out = new StringWriter();
        lock (ConsoleGate)
        {
            var (savedOut, savedErr) = (Console.Out, Console.Error);
            Console.SetOut(@out);
            Console.SetError(err);
            try
            {
                return (CliApp.Run(args, err), @out.ToString(), err.ToString());
            }
            finally
            {
                Console.SetOut(savedOut);
                Console.SetError(savedErr);
            }
        }
    }
}
