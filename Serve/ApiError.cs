using System.Text.Json.Nodes;

namespace QwenEval.Serve;

/// <summary>
/// A request the server refuses, answered in OpenAI's error shape
/// {"error": {"message", "type", "param", "code"}} with the matching HTTP status.
/// </summary>
public sealed class ApiError(int status, string message, string type = ApiError.InvalidRequest, string? param = null, string? code = null) : Exception(message)
{
    public const string InvalidRequest = "invalid_request_error";
    public const string Authentication = "authentication_error";
    public const string ServerError = "server_error";

    public int Status { get; } = status;

    public JsonObject ToJson() => Body(Message, type, param, code);

    public static JsonObject Body(string message, string type, string? param = null, string? code = null) => new()
    {
        ["error"] = new JsonObject { ["message"] = message, ["type"] = type, ["param"] = param, ["code"] = code },
    };

    public static ApiError BadField(string param, string problem) => new(400, $"{param}: {problem}", param: param);

    public static ApiError UnknownModel(string requested, string served) =>
        new(404, $"The model \"{requested}\" does not exist: this server serves only \"{served}\" (GET /v1/models).", param: "model", code: "model_not_found");

    public static ApiError QueueFull(int limit) =>
        new(503, $"The server is busy: {limit} requests are already waiting or running. Retry later.", ServerError, code: "queue_full");
}
