using System.CommandLine;
using QwenEval.Core;
using QwenEval.Serve;

namespace QwenEval.Harness.Cli;

/// <summary>`qweneval serve`: a model folder behind an OpenAI-compatible server; `bench serve` loads any such server.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var model = new Option<string>("--model") { Description = "The model folder; its name is the served model id.", Required = true };
        var runtime = CommonOptions.Runtime();
        var host = new Option<string>("--host") { Description = "Address to listen on. Anything but loopback needs --api-key-env.", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "Port (0: any free port, printed).", DefaultValueFactory = _ => 8080 };
        var apiKeyEnv = new Option<string?>("--api-key-env") { Description = "Environment variable holding the API key every /v1 request must send as a Bearer token." };
        var threads = new Option<int?>("--threads") { Description = "ONNX Runtime intra-op threads (default: physical cores)." };
        var maxQueue = new Option<int>("--max-queue") { Description = "Requests waiting or running before new ones get 503.", DefaultValueFactory = _ => 64 };
        var maxBody = new Option<long>("--max-body-bytes") { Description = "Larger request bodies get 413.", DefaultValueFactory = _ => 4L << 20 };
        var maxTokens = new Option<int>("--default-max-tokens") { Description = "max_tokens of a request that gives none.", DefaultValueFactory = _ => 4096 };
        var seconds = new Option<double>("--generation-seconds") { Description = "Time limit per answer (finish_reason length when hit).", DefaultValueFactory = _ => 600 };
        var command = new Command("serve", "Serve a model folder over an OpenAI-compatible HTTP API (chat completions, plain and streamed).")
        {
            model, runtime, host, port, apiKeyEnv, threads, maxQueue, maxBody, maxTokens, seconds,
        };
        command.SetAction(async (parse, ct) =>
        {
            string? key = null;
            if (parse.GetValue(apiKeyEnv) is { } env)
                key = Environment.GetEnvironmentVariable(env) is { Length: > 0 } k ? k : throw new UserInputException($"--api-key-env {env}: the variable is not set. Export it with the key.");
            if (parse.GetValue(port) is < 0 or > 65535) throw new UserInputException($"--port {parse.GetValue(port)}: use 0 to 65535.");
            if (parse.GetValue(maxQueue) < 1) throw new UserInputException("--max-queue: use at least 1.");
            if (parse.GetValue(maxBody) < 1024) throw new UserInputException("--max-body-bytes: use at least 1024.");
            if (parse.GetValue(maxTokens) < 1) throw new UserInputException("--default-max-tokens: use at least 1.");
            var options = new ServeOptions(parse.GetValue(model)!, parse.GetValue(runtime) == CommonOptions.GenAi ? "genai" : "onnx",
                parse.GetValue(host)!, parse.GetValue(port), key, parse.GetValue(threads), parse.GetValue(maxQueue), parse.GetValue(maxBody),
                parse.GetValue(maxTokens), parse.GetValue(seconds));
            await using var server = await ServeHost.StartAsync(options, ct);
            Console.WriteLine($"serving \"{server.Model.Id}\" ({options.Kind}) at {server.BaseUrl}/v1 (pid {Environment.ProcessId}): " +
                              "GET /v1/models, POST /v1/chat/completions, GET /health. Ctrl+C stops.");
            Console.Out.Flush();
            await server.RunUntil(ct);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>`bench serve`: requests/s and latency percentiles of an OpenAI-compatible server under concurrent clients.</summary>
    public static Command Bench()
    {
        var endpoint = new Option<string>("--endpoint") { Description = "The server's /v1 URL.", DefaultValueFactory = _ => "http://127.0.0.1:8080/v1" };
        var model = new Option<string?>("--model") { Description = "Model id (default: the first GET /v1/models lists)." };
        var clients = new Option<int>("--clients") { Description = "Concurrent clients.", DefaultValueFactory = _ => 8 };
        var requests = new Option<int>("--requests") { Description = "Requests per client, one after another.", DefaultValueFactory = _ => 25 };
        var stream = new Option<bool>("--stream") { Description = "Stream the answers (server-sent events)." };
        var maxTokens = new Option<int>("--max-tokens") { Description = "max_tokens per request.", DefaultValueFactory = _ => 16 };
        var apiKeyEnv = new Option<string?>("--api-key-env") { Description = "Environment variable holding the server's API key." };
        var json = new Option<bool>("--json") { Description = "Print the result as one JSON object." };
        var command = new Command("serve", "Requests per second and p50/p95 latency of an OpenAI-compatible server (qweneval serve, llama.cpp, …) under concurrent greedy clients.")
        {
            endpoint, model, clients, requests, stream, maxTokens, apiKeyEnv, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(clients) is < 1 or > 256) throw new UserInputException("--clients: use 1 to 256.");
            if (parse.GetValue(requests) is < 1 or > 10_000) throw new UserInputException("--requests: use 1 to 10000.");
            if (parse.GetValue(maxTokens) < 1) throw new UserInputException("--max-tokens: use at least 1.");
            var key = parse.GetValue(apiKeyEnv) is { } env ? Environment.GetEnvironmentVariable(env) : null;
            var url = parse.GetValue(endpoint)!;
            string id;
            try
            {
                id = parse.GetValue(model) ?? await LoadBench.FirstModel(url, key, ct);
            }
            catch (HttpRequestException e)
            {
                throw new EnvironmentProblemException($"{url}/models: {e.Message}. Is the server running?");
            }
            var result = await LoadBench.Run(new LoadOptions(url, id, parse.GetValue(clients), parse.GetValue(requests), parse.GetValue(stream), parse.GetValue(maxTokens), key), ct);
            Console.WriteLine(parse.GetValue(json) ? result.ToJson().ToJsonString() : result.Describe());
            foreach (var failed in result.Replies.Where(r => r.Error is not null).Take(3))
                Console.Error.WriteLine($"failed: client {failed.Client} request {failed.Request}: {failed.Status} {failed.Error}");
            return result.Failed == 0 ? ExitCodes.Ok : ExitCodes.Incomplete;
        });
        return command;
    }
}
