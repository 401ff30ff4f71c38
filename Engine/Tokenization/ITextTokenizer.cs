namespace QwenEval.Engine.Tokenization;

/// <summary>Text to token ids and back, as a model folder's tokenizer.json defines it.</summary>
public interface ITextTokenizer
{
    int VocabSize { get; }

    /// <summary>Ids for text; special tokens written in the text (e.g. &lt;|im_start|&gt;) become their ids.</summary>
    IReadOnlyList<int> Encode(string text);

    /// <summary>Text for ids; special tokens are kept unless skipSpecial.</summary>
    string Decode(IEnumerable<int> ids, bool skipSpecial = false);

    /// <summary>The id of a token string (special or not), or null when absent.</summary>
    int? TokenToId(string token);
}
