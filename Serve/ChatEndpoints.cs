using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using QwenEval.Core.Generation;

namespace QwenEval.Serve;

/// <summary>The OpenAI-compatible endpoints: GET /v1/models, POST /v1/chat/completions (plain and streamed), GET /health.</summary>
public sealed class ChatEndpoints(ServedModel model, GenerationQueue queue, ServeOptions options)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public Task Health(HttpContext ctx) =>
        Write(ctx, 200, new JsonObject { ["status"] = "ok", ["model"] = model.Id, ["pending"] = queue.Pending, ["served"] = queue.Served, ["cancelled"] = queue.Cancelled });

    public Task Models(HttpContext ctx) =>
        Write(ctx, 200, new JsonObject { ["object"] = "list", ["data"] = new JsonArray(ModelJson()) });

    public Task Model(HttpContext ctx)
    {
        var id = (string)ctx.Request.RouteValues["id"]!;
        return id == model.Id ? Write(ctx, 200, ModelJson()) : throw ApiError.UnknownModel(id, model.Id);
    }

    public async Task ChatCompletions(HttpContext ctx)
    {
        var body = await ReadBody(ctx);
        var request = ChatCompletionRequest.Parse(body.RootElement, options.DefaultMaxTokens);
        body.Dispose();
        if (request.Model != model.Id) throw ApiError.UnknownModel(request.Model, model.Id);
        var opensThinking = model.PromptOpensThinking(request.Messages, request.EnableThinking ?? false);
        var generation = new GenerationRequest(request.Messages, request.Decoding.Seed, request.MaxTokens)
        {
            Overrides = new RequestOverrides(request.Decoding, request.EnableThinking ?? false),
            Tools = request.Tools,
        };
        var id = $"chatcmpl-{Guid.NewGuid():N}";
        if (request.Stream) await Stream(ctx, id, request, generation, opensThinking);
        else await Plain(ctx, id, generation, opensThinking);
    }

    private async Task Plain(HttpContext ctx, string id, GenerationRequest generation, bool opensThinking)
    {
        GenerationResult result;
        try
        {
            result = await queue.Enqueue(generation, ctx.RequestAborted);
        }
        catch (OperationCanceledException) when (ctx.RequestAborted.IsCancellationRequested)
        {
            return; // the client left: nobody to answer
        }
        JsonObject message;
        var finish = Finish(result.Finish);
        if (ToolAnswer.WithCalls(result) is { } turn)
        {
            message = ToolAnswer.Message(turn, id);
            finish = ToolAnswer.FinishReason;
        }
        else
        {
            var (reasoning, content) = AnswerParts.Split(result.Text, opensThinking, final: true);
            message = new JsonObject { ["role"] = "assistant", ["content"] = content };
            if (reasoning is not null) message["reasoning_content"] = reasoning;
        }
        var json = Envelope(id, "chat.completion");
        json["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["logprobs"] = null, ["finish_reason"] = finish });
        json["usage"] = Usage(result);
        await Write(ctx, 200, json);
    }

    private async Task Stream(HttpContext ctx, string id, ChatCompletionRequest request, GenerationRequest generation, bool opensThinking)
    {
        var deltas = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = false, SingleWriter = true });
        // The generator thread only queues text: a slow client never holds up generation. With tools the text is
        // held until the calls in it are read, so call markup never reaches the client as content.
        var job = queue.Enqueue(generation.Tools is null ? generation with { OnText = t => deltas.Writer.TryWrite(t) } : generation, ctx.RequestAborted);
        var ct = ctx.RequestAborted;
        try
        {
            ctx.Response.StatusCode = 200;
            ctx.Response.ContentType = "text/event-stream; charset=utf-8";
            ctx.Response.Headers.CacheControl = "no-cache";
            ctx.Response.Headers["X-Accel-Buffering"] = "no";
            await Event(ctx, Chunk(id, new JsonObject { ["role"] = "assistant", ["content"] = "" }, null), ct);
            var answer = new StreamedAnswer(request.Decoding.Stop, opensThinking);
            while (!job.IsCompleted)
            {
                var ready = deltas.Reader.WaitToReadAsync(ct).AsTask();
                await Task.WhenAny(ready, job);
                await Drain(ctx, id, deltas.Reader, answer, ct);
            }
            GenerationResult result;
            try
            {
                result = await job;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await Event(ctx, ApiError.Body($"generation failed: {e.Message}", ApiError.ServerError), ct);
                await Done(ctx, ct);
                return;
            }
            await Drain(ctx, id, deltas.Reader, answer, ct);
            var finish = Finish(result.Finish);
            if (ToolAnswer.WithCalls(result) is { } turn)
            {
                await Send(ctx, id, (ToolAnswer.Reasoning(turn) ?? "", ToolAnswer.Content(turn) ?? ""), ct);
                await Event(ctx, Chunk(id, new JsonObject { ["tool_calls"] = ToolAnswer.Calls(turn, id, streamed: true) }, null), ct);
                finish = ToolAnswer.FinishReason;
            }
            else await Send(ctx, id, answer.Finish(result.Text), ct);
            var last = Chunk(id, new JsonObject(), finish);
            last["usage"] = Usage(result);
            await Event(ctx, last, ct);
            await Done(ctx, ct);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && ct.IsCancellationRequested)
        {
            // The client disconnected: its token cancelled the generation (or its place in the queue).
        }
    }

    private async Task Drain(HttpContext ctx, string id, ChannelReader<string> reader, StreamedAnswer answer, CancellationToken ct)
    {
        var text = new System.Text.StringBuilder();
        while (reader.TryRead(out var delta)) text.Append(delta);
        if (text.Length > 0) await Send(ctx, id, answer.Add(text.ToString()), ct);
    }

    private async Task Send(HttpContext ctx, string id, (string Reasoning, string Content) parts, CancellationToken ct)
    {
        if (parts.Reasoning.Length > 0) await Event(ctx, Chunk(id, new JsonObject { ["reasoning_content"] = parts.Reasoning }, null), ct);
        if (parts.Content.Length > 0) await Event(ctx, Chunk(id, new JsonObject { ["content"] = parts.Content }, null), ct);
    }

    private JsonObject Chunk(string id, JsonObject delta, string? finish)
    {
        var json = Envelope(id, "chat.completion.chunk");
        json["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["logprobs"] = null, ["finish_reason"] = finish });
        return json;
    }

    private JsonObject Envelope(string id, string kind) => new()
    {
        ["id"] = id,
        ["object"] = kind,
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["model"] = model.Id,
        ["system_fingerprint"] = model.Fingerprint,
    };

    private JsonObject ModelJson() => new() { ["id"] = model.Id, ["object"] = "model", ["created"] = model.Created, ["owned_by"] = "qweneval" };

    /// <summary>OpenAI's finish reasons: a time limit cut the answer short, as a length limit does.</summary>
    private static string Finish(FinishReason reason) => reason == FinishReason.Stop ? "stop" : "length";

    private static JsonObject Usage(GenerationResult r) => new()
    {
        ["prompt_tokens"] = r.PromptTokens,
        ["completion_tokens"] = r.GeneratedTokens,
        ["total_tokens"] = r.PromptTokens + r.GeneratedTokens,
        ["completion_tokens_details"] = new JsonObject { ["reasoning_tokens"] = r.ThinkingTokens },
    };

    /// <summary>
    /// The body as JSON. One over the limit is read to its end (up to Kestrel's own cap) and then refused with 413, so
    /// a client that sends it whole (without Expect: 100-continue) still receives the answer instead of a reset.
    /// </summary>
    private async Task<JsonDocument> ReadBody(HttpContext ctx)
    {
        if (ctx.Request.ContentLength > ServeHost.DrainCap(options)) throw BodyTooLarge();
        var body = new MemoryStream();
        var buffer = new byte[64 * 1024];
        long total = 0;
        try
        {
            int n;
            while ((n = await ctx.Request.Body.ReadAsync(buffer, ctx.RequestAborted)) > 0)
            {
                total += n;
                if (total <= options.MaxBodyBytes) body.Write(buffer, 0, n);
            }
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw BodyTooLarge();
        }
        if (total > options.MaxBodyBytes) throw BodyTooLarge();
        body.Position = 0;
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw new ApiError(400, $"The request body is not valid JSON: {e.Message}");
        }
    }

    private ApiError BodyTooLarge() => new(413, $"The request body is over this server's limit of {options.MaxBodyBytes} bytes.", code: "request_too_large");

    private static async Task Event(HttpContext ctx, JsonObject json, CancellationToken ct)
    {
        await ctx.Response.WriteAsync($"data: {json.ToJsonString(Json)}\n\n", ct);
        await ctx.Response.Body.FlushAsync(ct);
    }

    private static async Task Done(HttpContext ctx, CancellationToken ct)
    {
        await ctx.Response.WriteAsync("data: [DONE]\n\n", ct);
        await ctx.Response.Body.FlushAsync(ct);
    }

    public static Task Write(HttpContext ctx, int status, JsonObject json)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/json; charset=utf-8";
        return ctx.Response.WriteAsync(json.ToJsonString(Json), ctx.RequestAborted);
    }
}
