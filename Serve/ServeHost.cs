using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace QwenEval.Serve;

/// <summary>
/// `qweneval serve`: one model folder behind an OpenAI-compatible HTTP server on Kestrel. Loopback unless an API key
/// is set; every error in OpenAI's JSON shape.
/// </summary>
public sealed class ServeHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly GenerationQueue _queue;

    private ServeHost(WebApplication app, ServedModel model, GenerationQueue queue, string baseUrl)
    {
        _app = app;
        Model = model;
        _queue = queue;
        BaseUrl = baseUrl;
    }

    public ServedModel Model { get; }

    /// <summary>http://host:port, the port resolved when 0 was asked for.</summary>
    public string BaseUrl { get; }

    public int Pending => _queue.Pending;

    public static async Task<ServeHost> StartAsync(ServeOptions options, CancellationToken cancellation = default)
    {
        var address = options.Address();
        var model = ServedModel.Load(options.ModelDir, options.Kind, options.Threads, options.GenerationSeconds);
        var queue = new GenerationQueue(model.Backend, options.MaxQueue);
        try
        {
            var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
            builder.Logging.ClearProviders();
            // Stopping waits this long for running requests; a generation still going then is cancelled with its request.
            builder.Services.Configure<Microsoft.Extensions.Hosting.HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
            builder.WebHost.ConfigureKestrel(k =>
            {
                k.AddServerHeader = false;
                k.Limits.MaxRequestBodySize = DrainCap(options);
                k.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
                k.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(60);
                k.Listen(address, options.Port);
            });
            var app = builder.Build();
            var endpoints = new ChatEndpoints(model, queue, options);
            app.Use(Errors);
            app.Use(Authentication(options.ApiKey));
            app.MapGet("/health", (RequestDelegate)endpoints.Health);
            app.MapGet("/v1/models", (RequestDelegate)endpoints.Models);
            app.MapGet("/v1/models/{id}", (RequestDelegate)endpoints.Model);
            app.MapPost("/v1/chat/completions", (RequestDelegate)endpoints.ChatCompletions);
            app.MapFallback((RequestDelegate)(ctx => throw new ApiError(404,
                $"No endpoint {ctx.Request.Method} {ctx.Request.Path}. This server has GET /v1/models, POST /v1/chat/completions and GET /health.", code: "not_found")));
            await app.StartAsync(cancellation);
            var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var port = new Uri(bound).Port;
            var host = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
            return new ServeHost(app, model, queue, $"http://{host}:{port}");
        }
        catch
        {
            queue.Dispose();
            model.Dispose();
            throw;
        }
    }

    /// <summary>Bodies over the limit but under this are read and discarded before the 413; larger ones are cut off.</summary>
    public static long DrainCap(ServeOptions options) => Math.Max(64L << 20, options.MaxBodyBytes * 4);

    /// <summary>Runs until <paramref name="cancellation"/> (Ctrl+C) ends it.</summary>
    public async Task RunUntil(CancellationToken cancellation)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellation);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static async Task Errors(HttpContext ctx, RequestDelegate next)
    {
        try
        {
            await next(ctx);
        }
        catch (ApiError e) when (!ctx.Response.HasStarted)
        {
            await ChatEndpoints.Write(ctx, e.Status, e.ToJson());
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e) when (!ctx.Response.HasStarted)
        {
            // Kestrel's own refusals: a body over the limit (413), a client too slow to send it (408).
            var type = e.StatusCode >= 500 ? ApiError.ServerError : ApiError.InvalidRequest;
            await ChatEndpoints.Write(ctx, e.StatusCode, ApiError.Body(e.Message, type));
        }
        catch (OperationCanceledException) when (ctx.RequestAborted.IsCancellationRequested)
        {
        }
        catch (Exception e) when (!ctx.Response.HasStarted)
        {
            await ChatEndpoints.Write(ctx, 500, ApiError.Body($"{e.GetType().Name}: {e.Message}", ApiError.ServerError));
        }
    }

    private static Func<HttpContext, RequestDelegate, Task> Authentication(string? apiKey)
    {
        var expected = apiKey is null ? null : Encoding.UTF8.GetBytes($"Bearer {apiKey}");
        return (ctx, next) =>
        {
            if (expected is null || !ctx.Request.Path.StartsWithSegments("/v1")) return next(ctx);
            var given = Encoding.UTF8.GetBytes(ctx.Request.Headers.Authorization.ToString());
            if (!CryptographicOperations.FixedTimeEquals(given, expected))
                throw new ApiError(401, "Missing or wrong API key: send \"Authorization: Bearer <key>\".", ApiError.Authentication, code: "invalid_api_key");
            return next(ctx);
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _queue.Dispose();
        Model.Dispose();
    }
}
