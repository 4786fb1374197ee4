using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ArticleQA.Core.Answering;
using ArticleQA.Core.Embeddings;
using ArticleQA.Core.Ingestion;

namespace ArticleQA.Core.Storage;

/// <summary>
/// Reads and writes an <see cref="ArticleIndex"/> and its <see cref="IndexVectors"/> as one file:
/// a magic tag, the payload length, a SHA-256 of the payload, then the payload (JSON metadata and
/// little-endian float vectors, then each sentence's word-piece ids and vectors as half floats, when
/// the model gave them). The metadata carries each sentence's facts, read at ingest.
/// A truncated or altered file fails the checks and is reported, never half-loaded.
/// </summary>
public static class IndexFile
{
    private static readonly byte[] Magic = "AQAIDX05"u8.ToArray();
    private const int HeaderLength = 8 + 8 + 32;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Writes the index and its vectors atomically: a temporary file renamed over the old one.</summary>
    public static async Task SaveAsync(string path, ArticleIndex index, IndexVectors vectors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(vectors);
        vectors.CheckFits(index);
        var metadata = JsonSerializer.SerializeToUtf8Bytes(
            new Snapshot(index.Manifest, index.Documents, index.Sentences, index.Chunks, index.Facts), Json);
        var all = vectors.Sentences.Concat(vectors.Chunks).ToList();
        var dimensions = all.FirstOrDefault()?.Length ?? 0;
        var tokens = index.SentenceTokens;
        var tokenBytes = 4 + tokens.Sum(t => 4 + (t.Count * 4) + (t.Values.Length * 2));

        var payload = new byte[4 + metadata.Length + 4 + (all.Count * dimensions * sizeof(float)) + tokenBytes];
        BinaryPrimitives.WriteInt32LittleEndian(payload, metadata.Length);
        metadata.CopyTo(payload, 4);
        var offset = 4 + metadata.Length;
        offset = WriteInt(payload, offset, dimensions);
        foreach (var vector in all)
        {
            foreach (var value in vector)
            {
                BinaryPrimitives.WriteSingleLittleEndian(payload.AsSpan(offset), value);
                offset += sizeof(float);
            }
        }

        offset = WriteInt(payload, offset, tokens.Count == 0 ? 0 : tokens[0].Dimensions);
        foreach (var sentence in tokens)
        {
            offset = WriteInt(payload, offset, sentence.Count);
            foreach (var id in sentence.Ids) offset = WriteInt(payload, offset, id);
            foreach (var value in sentence.Values)
            {
                BinaryPrimitives.WriteHalfLittleEndian(payload.AsSpan(offset), (Half)value);
                offset += 2;
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        await using (var file = File.Create(temporary))
        {
            await file.WriteAsync(Magic, cancellationToken).ConfigureAwait(false);
            var length = new byte[8];
            BinaryPrimitives.WriteInt64LittleEndian(length, payload.Length);
            await file.WriteAsync(length, cancellationToken).ConfigureAwait(false);
            await file.WriteAsync(SHA256.HashData(payload), cancellationToken).ConfigureAwait(false);
            await file.WriteAsync(payload, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads an index and its vectors; the result says why when the file is missing or damaged.</summary>
    public static async Task<IndexLoadResult> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (FileNotFoundException)
        {
            return IndexLoadResult.Failed("no index file yet");
        }
        catch (DirectoryNotFoundException)
        {
            return IndexLoadResult.Failed("no index file yet");
        }
        catch (IOException e)
        {
            return IndexLoadResult.Failed($"index file unreadable ({e.Message})");
        }

        if (bytes.Length < HeaderLength || !bytes.AsSpan(0, 8).SequenceEqual(Magic))
            return IndexLoadResult.Failed("index file has an unknown format or an old version");
        var length = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(8));
        if (length != bytes.Length - HeaderLength)
            return IndexLoadResult.Failed("index file is truncated");
        var payload = bytes.AsSpan(HeaderLength);
        if (!SHA256.HashData(payload).AsSpan().SequenceEqual(bytes.AsSpan(16, 32)))
            return IndexLoadResult.Failed("index file is corrupt (checksum mismatch)");

        try
        {
            var (index, vectors) = Decode(payload);
            return IndexLoadResult.Loaded(index, vectors);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or IndexOutOfRangeException or InvalidDataException)
        {
            return IndexLoadResult.Failed($"index file is corrupt ({e.Message})");
        }
    }

    private static (ArticleIndex Index, IndexVectors Vectors) Decode(ReadOnlySpan<byte> payload)
    {
        var metadataLength = BinaryPrimitives.ReadInt32LittleEndian(payload);
        var snapshot = JsonSerializer.Deserialize<Snapshot>(payload.Slice(4, metadataLength), Json)
                       ?? throw new InvalidDataException("empty metadata");
        var offset = 4 + metadataLength;
        var dimensions = BinaryPrimitives.ReadInt32LittleEndian(payload[offset..]);
        offset += 4;

        var vectors = new float[snapshot.Sentences.Count + snapshot.Chunks.Count][];
        for (var v = 0; v < vectors.Length; v++)
        {
            vectors[v] = new float[dimensions];
            for (var d = 0; d < dimensions; d++, offset += sizeof(float))
                vectors[v][d] = BinaryPrimitives.ReadSingleLittleEndian(payload[offset..]);
        }

        var tokens = ReadTokens(payload, offset, snapshot.Sentences.Count);
        return (
            new ArticleIndex(snapshot.Manifest, snapshot.Documents, snapshot.Sentences, snapshot.Chunks, snapshot.Facts, tokens),
            new IndexVectors(vectors[..snapshot.Sentences.Count], vectors[snapshot.Sentences.Count..]));
    }

    // Each sentence's word pieces: a count, the ids, then the vectors as half floats; nothing when the dimension is 0.
    private static List<TokenVectors> ReadTokens(ReadOnlySpan<byte> payload, int offset, int sentences)
    {
        var dimensions = BinaryPrimitives.ReadInt32LittleEndian(payload[offset..]);
        offset += 4;
        var tokens = new List<TokenVectors>(dimensions == 0 ? 0 : sentences);
        for (var s = 0; dimensions > 0 && s < sentences; s++)
        {
            var count = BinaryPrimitives.ReadInt32LittleEndian(payload[offset..]);
            offset += 4;
            if (count < 0 || (long)count * ((dimensions * 2) + 4) > payload.Length - offset) throw new InvalidDataException("token data has the wrong length");
            var ids = new int[count];
            for (var t = 0; t < count; t++, offset += 4) ids[t] = BinaryPrimitives.ReadInt32LittleEndian(payload[offset..]);
            var values = new float[count * dimensions];
            for (var v = 0; v < values.Length; v++, offset += 2) values[v] = (float)BinaryPrimitives.ReadHalfLittleEndian(payload[offset..]);
            tokens.Add(new TokenVectors(ids, values, dimensions));
        }

        if (offset != payload.Length) throw new InvalidDataException("vector data has the wrong length");
        return tokens;
    }

    private static int WriteInt(byte[] payload, int offset, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(payload.AsSpan(offset), value);
        return offset + 4;
    }

    private sealed record Snapshot(
        IndexManifest Manifest, IReadOnlyList<ArticleDocument> Documents, IReadOnlyList<Sentence> Sentences, IReadOnlyList<Chunk> Chunks,
        IReadOnlyList<SentenceFacts> Facts);
}

/// <summary>The outcome of reading an index file: the index and its vectors, or the problem.</summary>
public sealed record IndexLoadResult(ArticleIndex? Index, IndexVectors? Vectors, string? Problem)
{
    internal static IndexLoadResult Loaded(ArticleIndex index, IndexVectors vectors) => new(index, vectors, null);

    internal static IndexLoadResult Failed(string problem) => new(null, null, problem);
}
