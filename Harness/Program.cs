using QwenEval.Harness.Cli;

return CliApp.Run(args);
