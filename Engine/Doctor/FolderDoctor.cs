using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.ML.OnnxRuntime;
using QwenEval.Core;
using QwenEval.Engine.Footprint;
using QwenEval.Engine.Onnx.Config;
using QwenEval.Engine.Onnx.State;
using QwenEval.Engine.Tokenization;

namespace QwenEval.Engine.Doctor;

/// <param name="PromptTokens">prompt length the footprint check assumes</param>
/// <param name="MaxNewTokens">answer length the footprint check assumes</param>
/// <param name="CreateSessions">create ONNX Runtime sessions (loads the weights) to prove every operator has a kernel</param>
/// <param name="MachineMemoryBytes">the machine's memory; null reads this machine's</param>
/// <param name="ForRun">what `qweneval run` needs is an error when missing (tokenizer, chat template), not a warning</param>
public sealed record DoctorOptions(int PromptTokens = 512, int MaxNewTokens = 512, bool CreateSessions = true, long? MachineMemoryBytes = null, bool ForRun = false);

/// <summary>
/// Checks a model folder before a long run: genai_config.json, the files and their completeness, the graph's input and
/// output names against the config's, that this ONNX Runtime has every operator, the tokenizer and the end-of-sequence
/// ids, and the predicted footprint against this machine. Every problem names the file, the field and the fix.
/// </summary>
public static partial class FolderDoctor
{
    public static DoctorReport Check(string folder, DoctorOptions? options = null)
    {
        options ??= new DoctorOptions();
        var run = new Run(Path.GetFullPath(folder), options);
        run.All();
        return new DoctorReport(run.Folder, run.Findings, run.Footprint);
    }

    private sealed class Run(string folder, DoctorOptions options)
    {
        public string Folder { get; } = folder;
        public List<DoctorFinding> Findings { get; } = [];
        public FootprintEstimate? Footprint { get; private set; }

        private GenAiConfig? _config;
        private OnnxMetadata? _decoder;
        private OnnxMetadata? _embedding;

        private void Ok(string check, string message) => Findings.Add(new DoctorFinding(DoctorSeverity.Ok, check, message));
        private void Warn(string check, string message) => Findings.Add(new DoctorFinding(DoctorSeverity.Warning, check, message));
        private void Error(string check, string message) => Findings.Add(new DoctorFinding(DoctorSeverity.Error, check, message));
        // What only an eval run needs: an error before a run, a warning for doctor (generate --ids runs without it).
        private void RunNeeds(string check, string message) => (options.ForRun ? (Action<string, string>)Error : Warn)(check, message);
        private bool HasErrors => Findings.Any(f => f.Severity == DoctorSeverity.Error);

        public void All()
        {
            if (!Directory.Exists(Folder))
            {
                Error("folder", File.Exists(Folder)
                    ? $"{Folder}: is a file, not a folder. Pass the model folder (the one holding genai_config.json)."
                    : $"{Folder}: not found. Pass the model folder (the one holding genai_config.json).");
                return;
            }
            // Reading a FIFO or device would block forever: name it instead.
            var special = Directory.EnumerateFileSystemEntries(Folder, "*", SearchOption.AllDirectories)
                .Select(f => (File: f, What: SpecialFiles.Describe(f))).FirstOrDefault(x => x.What is not null);
            if (special.What is not null)
            {
                Error("files", $"{special.File}: is {special.What}, not a regular file. Remove it from the model folder.");
                return;
            }
            if (!Config()) return;
            var filesOk = Files();
            if (filesOk) Names();
            if (filesOk && !HasErrors) Predict();
            if (filesOk && !HasErrors) Sessions();
            Tokenizer();
        }

        // ---- genai_config.json -------------------------------------------------------------------------------------

        private bool Config()
        {
            var file = Path.Combine(Folder, GenAiConfigLoader.FileName);
            if (!File.Exists(file))
            {
                Error("config", $"{file}: not found. A GenAI model folder has genai_config.json beside its .onnx files; export the model " +
                    "with the ONNX Runtime GenAI model builder or copy the file from the model's repository.");
                return false;
            }
            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                RequiredFields(file, doc.RootElement);
            }
            catch (JsonException)
            {
                // The loader below reports the line and byte.
            }
            // Missing required fields are reported once, here, rather than again by the loader's defaults or errors.
            if (HasErrors) return false;
            try
            {
                _config = GenAiConfigLoader.Load(Folder);
                DecoderLayout.CheckType(_config);
            }
            catch (UserInputException e)
            {
                Error("config", e.Message);
                return false;
            }
            foreach (var provider in _config.Model.Decoder.Session.Providers.Where(p => !p.Name.Equals("cpu", StringComparison.OrdinalIgnoreCase)))
                Warn("config", $"{file}: $.model.decoder.session_options.provider_options names \"{provider.Name}\", which this build does not have; " +
                    "the engine falls back to the CPU provider (slower, and fp16 models may need more memory). Nothing to fix for a CPU run.");
            if (HasErrors) return false;
            Ok("config", $"{file}: type \"{_config.Model.Type}\", vocab {_config.Model.VocabSize}, context {_config.Model.ContextLength}, " +
                $"eos [{string.Join(", ", _config.Model.EosTokenIds)}]");
            return true;
        }

        // Fields ONNX Runtime GenAI needs but the loader would default: their absence is a broken folder, not a default.
        private void RequiredFields(string file, JsonElement root)
        {
            if (!root.TryGetProperty("model", out var model) || model.ValueKind != JsonValueKind.Object) return; // the loader says so
            foreach (var (field, example) in new[] { ("type", "\"qwen3_5_text\""), ("vocab_size", "248320"), ("context_length", "262144") })
                if (!model.TryGetProperty(field, out _))
                    Error("config", $"{file}: $.model.{field} is missing. Add \"{field}\": {example} (the builder writes it; see the model's config.json).");
            if (!model.TryGetProperty("eos_token_id", out _))
                Warn("config", $"{file}: $.model.eos_token_id is missing, so generation stops only at pad_token_id or max_new_tokens. " +
                    "Add the tokenizer's end ids, e.g. \"eos_token_id\": [248046, 248044].");
            if (!model.TryGetProperty("decoder", out var decoder) || decoder.ValueKind != JsonValueKind.Object) return;
            if (!decoder.TryGetProperty("filename", out _))
                Error("config", $"{file}: $.model.decoder.filename is missing. Add \"filename\": \"model.onnx\" (the decoder's file in this folder).");
            _missingDecoderFields = ["head_size", "num_key_value_heads", "num_hidden_layers"];
            _missingDecoderFields.RemoveAll(f => decoder.TryGetProperty(f, out _));
        }

        private List<string> _missingDecoderFields = [];

        // ---- files ---------------------------------------------------------------------------------------------------

        private bool Files()
        {
            var config = _config!;
            _decoder = ReadOnnx(config.Model.Decoder.Filename, "$.model.decoder.filename", required: true);
            if (_decoder is null) return false;
            var takesEmbeds = _decoder.Inputs.Any(i => i.Name == config.Model.Decoder.Inputs.InputsEmbeds)
                && _decoder.Inputs.All(i => i.Name != config.Model.Decoder.Inputs.InputIds);
            if (takesEmbeds)
            {
                if (config.Model.Embedding is not { } e)
                {
                    Error("files", $"{config.File}: $.model.embedding is missing, but {_decoder.Path} takes \"{config.Model.Decoder.Inputs.InputsEmbeds}\" " +
                        "(embeddings from a separate model). Add the embedding section the builder writes (filename, inputs, outputs) and its .onnx file.");
                    return false;
                }
                _embedding = ReadOnnx(e.Filename, "$.model.embedding.filename", required: true);
                if (_embedding is null) return false;
            }
            if (config.Model.Vision is { } vision)
            {
                var path = config.PathOf(vision.Filename);
                if (!File.Exists(path))
                    Warn("files", $"{path}: not found ({config.File}: $.model.vision.filename). Text-only runs do not need the vision model; images would.");
                else
                {
                    try
                    {
                        var v = OnnxMetadataReader.Read(path);
                        foreach (var p in OnnxFileCheck.StorageProblems(v)) Warn("files", p + " (The vision model is not used for text-only runs.)");
                    }
                    catch (UserInputException e)
                    {
                        Warn("files", e.Message + " (The vision model is not used for text-only runs.)");
                    }
                }
            }
            return !HasErrors;
        }

        private OnnxMetadata? ReadOnnx(string fileName, string field, bool required)
        {
            var config = _config!;
            var path = config.PathOf(fileName);
            if (!File.Exists(path))
            {
                if (required)
                    Error("files", $"{path}: not found ({config.File}: {field} is \"{fileName}\"). Copy the .onnx file (and its .onnx.data, if any) " +
                        "into the folder, or fix the filename in genai_config.json.");
                return null;
            }
            OnnxMetadata model;
            try
            {
                model = OnnxMetadataReader.Read(path);
            }
            catch (UserInputException e)
            {
                Error("files", e.Message);
                return null;
            }
            var problems = OnnxFileCheck.StorageProblems(model);
            foreach (var p in problems) Error("files", p);
            if (problems.Count > 0) return null;
            var external = model.ExternalFiles;
            Ok("files", $"{path}: {model.Nodes.Count} nodes, {model.Initializers.Count} initializers ({FootprintEstimate.MiB(model.InitializerBytes)} MiB" +
                (external.Count > 0 ? $", in {string.Join(", ", external)}" : " inline") + "), complete");
            return model;
        }

        // ---- input and output names ----------------------------------------------------------------------------------

        private void Names()
        {
            var config = _config!;
            var decoder = _decoder!;
            var d = config.Model.Decoder;
            var names = d.Inputs;
            var outs = d.Outputs;
            var graphInputs = decoder.Inputs.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
            var graphOutputs = decoder.Outputs.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
            var convState = ReplaceLast(names.PastKeyNames, "conv_state");
            var recurrentState = ReplaceLast(names.PastKeyNames, "recurrent_state");
            var presentConvState = ReplaceLast(outs.PresentKeyNames, "conv_state");
            var presentRecurrentState = ReplaceLast(outs.PresentKeyNames, "recurrent_state");
            var file = decoder.Path;
            var before = Findings.Count(f => f.Severity == DoctorSeverity.Error);

            if (!graphInputs.Contains(names.InputIds) && !graphInputs.Contains(names.InputsEmbeds))
                Error("names", $"{config.File}: $.model.decoder.inputs.input_ids is \"{names.InputIds}\" (and inputs_embeds \"{names.InputsEmbeds}\"), " +
                    $"but {file} has neither (its inputs: {string.Join(", ", decoder.Inputs.Select(i => i.Name))}). Fix the name to match the graph.");
            if (!graphOutputs.Contains(outs.Logits))
                Error("names", $"{config.File}: $.model.decoder.outputs.logits is \"{outs.Logits}\", but {file} has no such output " +
                    $"(its outputs: {string.Join(", ", decoder.Outputs.Select(o => o.Name))}). Fix the name to match the graph.");

            var kvLayers = new SortedSet<int>();
            var stateLayers = new SortedSet<int>();
            var convLayers = new SortedSet<int>();
            foreach (var input in decoder.Inputs)
            {
                var n = input.Name;
                if (n == names.InputIds || n == names.InputsEmbeds || n == names.AttentionMask || n == names.PositionIds) continue;
                if (Layer(names.PastNames, n) is { } stacked)
                {
                    kvLayers.Add(stacked);
                    RequireOutput(ConfigNames.ForLayer(outs.PresentNames ?? "present_%d", stacked), "$.model.decoder.outputs.present_names", n);
                }
                else if (Layer(names.PastKeyNames, n) is { } key)
                {
                    kvLayers.Add(key);
                    RequireOutput(ConfigNames.ForLayer(outs.PresentKeyNames, key), "$.model.decoder.outputs.present_key_names", n);
                    var value = ConfigNames.ForLayer(names.PastValueNames, key);
                    if (!graphInputs.Contains(value))
                        Error("names", $"{config.File}: $.model.decoder.inputs.past_value_names is \"{names.PastValueNames}\", but {file} has no input \"{value}\" " +
                            $"beside \"{n}\". Fix the template to match the graph.");
                }
                else if (Layer(names.PastValueNames, n) is { } v)
                    RequireOutput(ConfigNames.ForLayer(outs.PresentValueNames, v), "$.model.decoder.outputs.present_value_names", n);
                else if (Layer(convState, n) is { } c)
                {
                    stateLayers.Add(c);
                    RequireOutput(ConfigNames.ForLayer(presentConvState ?? "", c), "$.model.decoder.outputs.present_key_names (conv_state)", n);
                    RequireStatic(input, file);
                }
                else if (Layer(recurrentState, n) is { } r)
                {
                    stateLayers.Add(r);
                    RequireOutput(ConfigNames.ForLayer(presentRecurrentState ?? "", r), "$.model.decoder.outputs.present_key_names (recurrent_state)", n);
                    RequireStatic(input, file);
                }
                else if (Layer(names.PastConvNames, n) is { } conv)
                {
                    convLayers.Add(conv);
                    RequireOutput(ConfigNames.ForLayer(outs.PresentConvNames, conv), "$.model.decoder.outputs.present_conv_names", n);
                    RequireStatic(input, file);
                }
                else
                    Error("names", $"{file}: decoder input \"{n}\" matches none of the names {config.File} gives under $.model.decoder.inputs " +
                        $"(input_ids \"{names.InputIds}\", inputs_embeds \"{names.InputsEmbeds}\", attention_mask \"{names.AttentionMask}\", " +
                        $"position_ids \"{names.PositionIds}\", past_key_names \"{names.PastKeyNames}\", past_value_names \"{names.PastValueNames}\"" +
                        (names.PastNames is null ? "" : $", past_names \"{names.PastNames}\"") + $", past_conv_names \"{names.PastConvNames}\"; " +
                        "Qwen3.5 states follow past_key_names with conv_state / recurrent_state). Fix the names there to match the graph.");
            }

            // Dimensions the config states must agree with the graph's fixed ones (ONNX Runtime GenAI sizes caches from the config).
            if (kvLayers.Count > 0)
            {
                foreach (var missing in _missingDecoderFields.Where(f => f != "num_hidden_layers"))
                    Error("config", $"{config.File}: $.model.decoder.{missing} is missing, and the decoder has attention caches that ONNX Runtime GenAI sizes from it. " +
                        $"Add \"{missing}\" (the model's {(missing == "head_size" ? "head_dim" : "num_key_value_heads")} from config.json).");
                var sample = decoder.Inputs.First(i => Layer(names.PastNames, i.Name) is not null || Layer(names.PastKeyNames, i.Name) is not null);
                var offset = names.PastNames is not null && Layer(names.PastNames, sample.Name) is not null ? 1 : 0;
                CompareDim(sample, 1 + offset, d.NumKeyValueHeads, "num_key_value_heads");
                CompareDim(sample, 3 + offset, d.HeadSize, "head_size");
            }
            if (_missingDecoderFields.Contains("num_hidden_layers"))
                Warn("config", $"{config.File}: $.model.decoder.num_hidden_layers is missing. Add it (the model's num_hidden_layers); the engine counts layers from the graph.");
            if (decoder.Outputs.FirstOrDefault(o => o.Name == outs.Logits) is { } logits && logits.Shape.Count == 3 && logits.Shape[2].Value is > 0 and var vocab && vocab != config.Model.VocabSize)
                Error("config", $"{config.File}: $.model.vocab_size is {config.Model.VocabSize} but {file}'s logits have {vocab} entries. Set vocab_size to {vocab}.");

            // LFM2: layer_types must name the conv layers the graph has.
            if (d.LayerTypes.Count > 0 && convLayers.Count > 0)
            {
                var declared = Enumerable.Range(0, d.LayerTypes.Count).Where(i => d.LayerTypes[i] == "conv").ToList();
                if (!declared.SequenceEqual(convLayers))
                    Error("config", $"{config.File}: $.model.decoder.layer_types marks layers [{string.Join(", ", declared)}] as conv, but {file} has conv states " +
                        $"for layers [{string.Join(", ", convLayers)}]. Make layer_types match the graph.");
            }
            // Qwen3.5: every layer is either full attention (KV cache) or Gated DeltaNet (conv + recurrent state).
            if (config.Model.Type.StartsWith("qwen3_5", StringComparison.Ordinal))
            {
                if (stateLayers.Count == 0 && kvLayers.Count > 0 && _decoder!.Nodes.Any(n => n.OpType == "LinearAttention"))
                    Error("names", $"{file} has LinearAttention layers but no \"conv_state\"/\"recurrent_state\" inputs under {config.File}'s " +
                        $"$.model.decoder.inputs.past_key_names (\"{names.PastKeyNames}\"). Fix the template; the states' names follow it.");
                var both = kvLayers.Intersect(stateLayers).ToList();
                if (both.Count > 0)
                    Error("names", $"{file}: layers [{string.Join(", ", both)}] have both a KV cache and Gated DeltaNet states. The export is inconsistent; export it again.");
            }

            if (_embedding is { } embedding && config.Model.Embedding is { } section)
            {
                var ids = section.Inputs.GetValueOrDefault("input_ids", "input_ids");
                var output = section.Outputs.GetValueOrDefault("inputs_embeds", "inputs_embeds");
                if (embedding.Inputs.All(i => i.Name != ids))
                    Error("names", $"{config.File}: $.model.embedding.inputs.input_ids is \"{ids}\", but {embedding.Path} has no such input " +
                        $"(its inputs: {string.Join(", ", embedding.Inputs.Select(i => i.Name))}). Fix the name.");
                if (embedding.Outputs.All(o => o.Name != output))
                    Error("names", $"{config.File}: $.model.embedding.outputs.inputs_embeds is \"{output}\", but {embedding.Path} has no such output " +
                        $"(its outputs: {string.Join(", ", embedding.Outputs.Select(o => o.Name))}). Fix the name.");
            }

            if (Findings.Count(f => f.Severity == DoctorSeverity.Error) == before)
                Ok("names", $"{file}: inputs and outputs match {Path.GetFileName(config.File)}: " +
                    $"{kvLayers.Count} KV cache layers" + (stateLayers.Count > 0 ? $", {stateLayers.Count} Gated DeltaNet state layers (conv_state, recurrent_state)" : "") +
                    (convLayers.Count > 0 ? $", {convLayers.Count} conv state layers (past_conv)" : ""));

            void RequireOutput(string output, string field, string input)
            {
                if (!graphOutputs.Contains(output))
                    Error("names", $"{config.File}: {field}: the decoder has no output \"{output}\" for input \"{input}\" " +
                        $"(its outputs: {string.Join(", ", decoder.Outputs.Select(o => o.Name).Take(12))}{(decoder.Outputs.Count > 12 ? ", …" : "")}). Fix the template to match the graph.");
            }

            void CompareDim(OnnxValue input, int axis, int configured, string field)
            {
                if (axis < input.Shape.Count && input.Shape[axis].Value is > 0 and var graph && configured > 0 && graph != configured)
                    Error("config", $"{config.File}: $.model.decoder.{field} is {configured} but {file}'s \"{input.Name}\" has {graph}. Set {field} to {graph}.");
            }
        }

        private void RequireStatic(OnnxValue input, string file)
        {
            for (var i = 1; i < input.Shape.Count; i++)
                if (input.Shape[i].Value is not > 0)
                {
                    Error("names", $"{file}: state input \"{input.Name}\" has a dynamic dimension {i} ({input.Shape[i]}); only the batch dimension may vary. Export it again.");
                    return;
                }
        }

        private static int? Layer(string? template, string name) => template is null ? null : ConfigNames.LayerOf(template, name);

        private static string? ReplaceLast(string template, string suffix)
        {
            var dot = template.LastIndexOf('.');
            return dot > template.IndexOf("%d", StringComparison.Ordinal) ? template[..(dot + 1)] + suffix : null;
        }

        // ---- footprint -----------------------------------------------------------------------------------------------

        private void Predict()
        {
            var config = _config!;
            var models = new List<OnnxMetadata> { _decoder! };
            if (_embedding is not null) models.Add(_embedding);
            try
            {
                Footprint = FootprintPredictor.ForLoaded(config, _decoder!, models, options.PromptTokens, options.MaxNewTokens);
            }
            catch (Exception e) when (e is UserInputException or ArgumentException)
            {
                Warn("memory", $"{Folder}: could not predict the footprint: {e.Message}");
                return;
            }
            var memory = options.MachineMemoryBytes ?? GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
            var total = Footprint.TotalBytes;
            var capped = Footprint.Tokens < options.PromptTokens + options.MaxNewTokens ? $", capped by context_length {config.Model.ContextLength}" : "";
            var text = $"predicted peak {FootprintEstimate.MiB(total)} MiB for {Footprint.Tokens} tokens ({options.PromptTokens} prompt + {options.MaxNewTokens} new{capped}): " +
                $"weights {FootprintEstimate.MiB(Footprint.WeightBytes)}, KV cache {FootprintEstimate.MiB(Footprint.KvCacheBytes)}, " +
                $"states {FootprintEstimate.MiB(Footprint.StateBytes)}, activations {FootprintEstimate.MiB(Footprint.ActivationBytes)}, " +
                $"runtime {FootprintEstimate.MiB(Footprint.RuntimeBytes)} MiB; this machine has {FootprintEstimate.MiB(memory)} MiB";
            if (total > memory)
                Warn("memory", $"{Folder}: {text}. It will not fit here: use a smaller or int4 model, a shorter max_new_tokens, or a larger machine.");
            else if (total > memory * 0.9)
                Warn("memory", $"{Folder}: {text}. That is over 90% of this machine's memory: expect swapping, and close other programs.");
            else Ok("memory", $"{Folder}: {text}.");
        }

        // ---- sessions (operators) -----------------------------------------------------------------------------------

        private void Sessions()
        {
            var config = _config!;
            if (!options.CreateSessions)
            {
                Warn("operators", $"{Folder}: sessions not created (--no-session): operators were not checked against this ONNX Runtime.");
                return;
            }
            var memory = options.MachineMemoryBytes ?? GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
            if (Footprint is { } f && f.WeightBytes + f.RuntimeBytes > memory * 0.9)
            {
                Warn("operators", $"{Folder}: sessions not created: loading {FootprintEstimate.MiB(f.WeightBytes)} MiB of weights would not fit this machine; " +
                    "operators were not checked. Run doctor where the model will run.");
                return;
            }
            var files = new List<(OnnxMetadata Model, string Field)> { (_decoder!, "$.model.decoder.filename") };
            if (_embedding is not null) files.Add((_embedding, "$.model.embedding.filename"));
            foreach (var (model, field) in files)
            {
                try
                {
                    using var sessionOptions = SessionOptionsFor(config);
                    using var session = new InferenceSession(model.Path, sessionOptions);
                    if (ReferenceEquals(model, _decoder)) DecoderLayout.Resolve(config, session);
                    Ok("operators", $"{model.Path}: ONNX Runtime {OrtVersion()} (CPU) created a session; operators used: " +
                        string.Join(", ", model.Nodes.Select(n => n.QualifiedOp).Distinct().Order(StringComparer.Ordinal)));
                }
                catch (OnnxRuntimeException e)
                {
                    Error("operators", $"{model.Path}: ONNX Runtime {OrtVersion()} (CPU) could not create a session: {DescribeFailure(e.Message, model)}");
                }
                catch (UserInputException e)
                {
                    Error("names", e.Message);
                }
            }
        }

        private static SessionOptions SessionOptionsFor(GenAiConfig config)
        {
            var options = new SessionOptions
            {
                GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
                LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL,
                InterOpNumThreads = 1,
                IntraOpNumThreads = 1,
            };
            foreach (var (key, value) in config.Model.Decoder.Session.ConfigEntries) options.AddSessionConfigEntry(key, value);
            return options;
        }

        private static string OrtVersion() =>
            typeof(InferenceSession).Assembly.GetName().Version?.ToString(3) ?? "?";

        // ---- tokenizer -----------------------------------------------------------------------------------------------

        private void Tokenizer()
        {
            var path = Path.Combine(Folder, TokenizerLoader.FileName);
            if (!File.Exists(path))
            {
                var hint = File.Exists(Path.Combine(Folder, "tokenizer_config.json"))
                    ? " tokenizer_config.json is there but the vocabulary lives in tokenizer.json (often a Git LFS file: git lfs pull)."
                    : "";
                RunNeeds("tokenizer", $"{path}: not found. `qweneval run` needs it to turn prompts into tokens (it stops at once without it); " +
                    $"`generate --ids` and the checks above do not. Copy the model's tokenizer.json into the folder.{hint}");
                return;
            }
            // End ids first, from the JSON itself: a tokenizer missing them may not even load (its merges name the lost token).
            var problems = 0;
            HashSet<int>? ids = null;
            try
            {
                ids = TokenIds(path);
            }
            catch (JsonException)
            {
                // The loader below names the line.
            }
            if (_config is { } config && ids is not null)
            {
                foreach (var eos in config.Model.EosTokenIds)
                {
                    if (ids.Contains(eos)) continue;
                    problems++;
                    Error("tokenizer", $"{config.File}: $.model.eos_token_id holds {eos}, which is not a token of {path} (neither model.vocab nor added_tokens " +
                        "has that id), so generation would never stop on it. Use the tokenizer's end ids (e.g. <|im_end|>), or restore the token in tokenizer.json.");
                }
                if (!ids.Contains(config.Model.PadTokenId))
                    Warn("tokenizer", $"{config.File}: $.model.pad_token_id {config.Model.PadTokenId} is not a token of {path}. Padding is unused for single prompts; " +
                        "set it to the tokenizer's pad or end id.");
            }
            ITextTokenizer tokenizer;
            try
            {
                tokenizer = TokenizerLoader.FromFile(path);
            }
            catch (UserInputException e)
            {
                Error("tokenizer", e.Message);
                return;
            }
            if (_config is { } c && tokenizer.VocabSize > c.Model.VocabSize)
                RunNeeds("tokenizer", $"{path}: has ids up to {tokenizer.VocabSize - 1}, but {c.File}: $.model.vocab_size is {c.Model.VocabSize}: " +
                    "a prompt holding a token at or above vocab_size has no embedding and fails. Expected for test models with a cut vocabulary; " +
                    "for a real model use the tokenizer that belongs to it.");
            if (options.ForRun) ChatTemplate();
            if (problems == 0)
                Ok("tokenizer", $"{path}: loads, {tokenizer.VocabSize} ids" +
                    (_config is { } cfg ? $"; end ids [{string.Join(", ", cfg.Model.EosTokenIds)}] are tokens" : ""));
        }

        private void ChatTemplate()
        {
            try
            {
                Templates.ChatTemplateLoader.Load(Folder);
            }
            catch (Exception e) when (e is UserInputException or Templates.TemplateException)
            {
                Error("chat template", e.Message);
            }
        }

        /// <summary>Every id tokenizer.json defines: model.vocab values and added_tokens ids.</summary>
        private static HashSet<int> TokenIds(string path)
        {
            var ids = new HashSet<int>();
            using var stream = File.OpenRead(path);
            using var doc = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 256 });
            if (doc.RootElement.TryGetProperty("model", out var model) && model.TryGetProperty("vocab", out var vocab) && vocab.ValueKind == JsonValueKind.Object)
                foreach (var entry in vocab.EnumerateObject())
                    if (entry.Value.TryGetInt32(out var id)) ids.Add(id);
            if (doc.RootElement.TryGetProperty("added_tokens", out var added) && added.ValueKind == JsonValueKind.Array)
                foreach (var token in added.EnumerateArray())
                    if (token.TryGetProperty("id", out var id) && id.TryGetInt32(out var v)) ids.Add(v);
            return ids;
        }
    }

    /// <summary>Names the operator ONNX Runtime rejected when its message (or the graph) allows it.</summary>
    internal static string DescribeFailure(string message, OnnxMetadata model)
    {
        var first = message.Split('\n')[0].Trim();
        string? op = null;
        if (OpInMessage().Match(message) is { Success: true } m) op = m.Groups["op"].Value;
        else
        {
            // Otherwise the first operator of the graph the message mentions, longest names first (MatMulNBits before MatMul).
            op = model.Nodes.Select(n => n.OpType).Distinct().OrderByDescending(o => o.Length)
                .FirstOrDefault(o => Regex.IsMatch(message, $@"\b{Regex.Escape(o)}\b"));
        }
        if (op is null)
            return $"{first} The file may be damaged or need a newer ONNX Runtime; export or download it again.";
        var node = model.Nodes.FirstOrDefault(n => n.OpType == op || n.QualifiedOp == op || $"{n.Domain}:{n.OpType}" == op);
        var where = node is null ? "" : $" (node \"{node.Name}\", domain \"{(node.Domain.Length == 0 ? "ai.onnx" : node.Domain)}\")";
        return $"operator {op}{where} is not available in this build. {first} " +
            "Export the model for the CPU provider (the GenAI builder's -e cpu), or use an ONNX Runtime that has this operator.";
    }

    // "Could not find an implementation for LinearAttention(1) node", "com.microsoft:Foo(-1) is not a registered function/op".
    [GeneratedRegex(@"(implementation for (?<op>[A-Za-z0-9_.:]+)\(|(?<op>[A-Za-z0-9_.]+:[A-Za-z0-9_]+)\(-?\d+\) is not a registered|Unrecognized attribute.*?for operator (?<op>[A-Za-z0-9_]+))")]
    private static partial Regex OpInMessage();
}
