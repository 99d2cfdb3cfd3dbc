using System.Buffers.Binary;

namespace Denoising.Common;

/// <summary>What <see cref="JpegScanCheck.Check"/> found.</summary>
internal enum JpegScanOutcome
{
    /// <summary>Not a sequential Huffman JPEG (progressive, lossless, arithmetic) or headers the decoder must judge.</summary>
    NotChecked,

    /// <summary>Every scan holds all the MCUs its frame needs.</summary>
    Complete,

    /// <summary>The entropy-coded data ends (end-of-image marker or end of file) before the frame is complete.</summary>
    Truncated,

    /// <summary>A marker out of place, a restart marker out of sequence or an impossible Huffman code inside a scan.</summary>
    Corrupt,
}

/// <summary>
/// ImageSharp 2.1 decodes a JPEG whose middle was cut out (end marker kept) without complaint: the missing blocks
/// come out grey. <see cref="JpegTruncation"/> only sees a missing end marker, so for baseline and extended
/// sequential Huffman JPEGs (SOF0, SOF1) this walks the headers and Huffman-decodes each scan's symbols, MCU by MCU
/// and without any IDCT, to count whether the data holds every MCU the frame needs. Progressive (SOF2), lossless,
/// hierarchical and arithmetic-coded files are left to the decoder rather than guessed at. Work is linear in the
/// file size (every symbol consumes at least one bit) and malformed input yields a verdict, never an exception.
/// </summary>
internal static class JpegScanCheck
{
    private const byte Prefix = 0xFF;
    private const byte StartOfImage = 0xD8;
    private const byte EndOfImage = 0xD9;
    private const byte StartOfScan = 0xDA;
    private const byte HuffmanTables = 0xC4;
    private const byte RestartInterval = 0xDD;
    private const byte FirstRestart = 0xD0;
    private const byte LastRestart = 0xD7;
    private const int BlockCoefficients = 64;
    private const int MaxBlocksPerMcu = 10; // ITU T.81 B.2.3

    /// <summary>Checks the scans of <paramref name="bytes"/>; <paramref name="detail"/> explains a defect.</summary>
    public static JpegScanOutcome Check(ReadOnlySpan<byte> bytes, out string detail)
    {
        detail = "";
        if (bytes.Length < 4 || bytes[0] != Prefix || bytes[1] != StartOfImage)
            return JpegScanOutcome.NotChecked;

        Frame? frame = null;
        var tables = new HuffmanTable?[8]; // DC 0-3, then AC 0-3
        var restartInterval = 0;
        var position = 2;
        while (true)
        {
            if (!TryReadMarker(bytes, ref position, out var marker))
                return JpegScanOutcome.NotChecked; // no end marker or bad headers: JpegTruncation or the decoder say so
            if (marker == EndOfImage)
                return frame is null ? JpegScanOutcome.NotChecked : CheckEveryComponentScanned(frame, out detail);
            if (marker is >= FirstRestart and <= LastRestart or 0x01)
                continue; // parameterless markers
            if (position + 2 > bytes.Length)
                return JpegScanOutcome.NotChecked;
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[position..]);
            if (length < 2 || position + length > bytes.Length)
                return JpegScanOutcome.NotChecked;
            var segment = bytes.Slice(position + 2, length - 2);
            position += length;

            switch (marker)
            {
                case 0xC0 or 0xC1:
                    if (frame is not null || (frame = Frame.Parse(segment)) is null)
                        return JpegScanOutcome.NotChecked;
                    break;
                case HuffmanTables:
                    if (!HuffmanTable.ParseSegment(segment, tables))
                        return JpegScanOutcome.NotChecked;
                    break;
                case >= 0xC2 and <= 0xCF or 0xDE or 0xDF: // other SOFn, DAC, DHP, EXP
                    return JpegScanOutcome.NotChecked;
                case RestartInterval:
                    if (segment.Length != 2)
                        return JpegScanOutcome.NotChecked;
                    restartInterval = BinaryPrimitives.ReadUInt16BigEndian(segment);
                    break;
                case StartOfScan:
                    if (frame is null || Scan.Parse(segment, frame, tables) is not { } scan)
                        return JpegScanOutcome.NotChecked;
                    var outcome = DecodeScan(bytes, ref position, frame, scan, restartInterval, out detail);
                    if (outcome != JpegScanOutcome.Complete)
                        return outcome;
                    break;
            }
        }
    }

    private static JpegScanOutcome CheckEveryComponentScanned(Frame frame, out string detail)
    {
        var missing = Array.FindIndex(frame.Components, c => !c.Scanned);
        detail = missing < 0
            ? ""
            : $"data ends before the scan of component {frame.Components[missing].Id}: the file is truncated";
        return missing < 0 ? JpegScanOutcome.Complete : JpegScanOutcome.Truncated;
    }

    // Reads the marker at position (after any FF fill bytes), leaving position after it.
    private static bool TryReadMarker(ReadOnlySpan<byte> bytes, ref int position, out byte marker)
    {
        marker = 0;
        while (position + 1 < bytes.Length && bytes[position] == Prefix && bytes[position + 1] == Prefix)
            position++;
        if (position + 1 >= bytes.Length || bytes[position] != Prefix || bytes[position + 1] == 0)
            return false;
        marker = bytes[position + 1];
        position += 2;
        return true;
    }

    private static JpegScanOutcome DecodeScan(
        ReadOnlySpan<byte> bytes, ref int position, Frame frame, Scan scan, int restartInterval, out string detail)
    {
        detail = "";
        var reader = new EntropyReader(bytes, position);
        var expected = scan.McuCount;
        var nextRestart = 0;
        for (long decoded = 0; decoded < expected; decoded++)
        {
            if (restartInterval > 0 && decoded > 0 && decoded % restartInterval == 0)
            {
                var marker = reader.Restart();
                var due = (byte)(FirstRestart + nextRestart);
                if (marker != due)
                    return marker is EndOfImage or 0
                        ? RanOut(decoded, expected, out detail)
                        : Defect($"holds {MarkerName(marker)} where {MarkerName(due)} was due", decoded, expected, out detail);
                nextRestart = (nextRestart + 1) % 8;
            }

            foreach (var block in scan.BlocksPerMcu)
            {
                var step = reader.SkipBlock(block.Dc, block.Ac);
                if (step == BlockStep.BadCode)
                    return Defect("holds a code its Huffman tables do not define", decoded, expected, out detail);
                if (step == BlockStep.OutOfData)
                    return reader.Marker is EndOfImage or 0
                        ? RanOut(decoded, expected, out detail)
                        : Defect($"is interrupted by {MarkerName(reader.Marker)}", decoded, expected, out detail);
            }
        }

        foreach (var component in scan.Components)
            component.Scanned = true;
        position = reader.PositionOfNextMarker();
        return JpegScanOutcome.Complete;
    }

    private static JpegScanOutcome RanOut(long decoded, long expected, out string detail)
    {
        detail = $"scan data ends after {decoded} of the {expected} MCUs its frame needs: the file is truncated";
        return JpegScanOutcome.Truncated;
    }

    private static JpegScanOutcome Defect(string what, long decoded, long expected, out string detail)
    {
        detail = $"scan data {what} after {decoded} of its {expected} MCUs: the file is truncated or damaged";
        return JpegScanOutcome.Corrupt;
    }

    private static string MarkerName(byte marker) => marker is >= FirstRestart and <= LastRestart
        ? $"restart marker RST{marker - FirstRestart}"
        : $"marker FF{marker:X2}";

    private enum BlockStep { Done, OutOfData, BadCode }

    private sealed class Component(byte id, int horizontal, int vertical)
    {
        public byte Id { get; } = id;
        public int Horizontal { get; } = horizontal;
        public int Vertical { get; } = vertical;
        public bool Scanned { get; set; }
    }

    private sealed class Frame(int width, int height, Component[] components)
    {
        public int Width { get; } = width;
        public int Height { get; } = height;
        public Component[] Components { get; } = components;
        public int MaxHorizontal { get; } = components.Max(c => c.Horizontal);
        public int MaxVertical { get; } = components.Max(c => c.Vertical);

        // SOF: precision, height, width, count, then (id, sampling HV, quantisation table) per component.
        public static Frame? Parse(ReadOnlySpan<byte> segment)
        {
            if (segment.Length < 6)
                return null;
            int height = BinaryPrimitives.ReadUInt16BigEndian(segment[1..]);
            int width = BinaryPrimitives.ReadUInt16BigEndian(segment[3..]);
            int count = segment[5];
            if (height == 0 || width == 0 || count is 0 or > 4 || segment.Length != 6 + 3 * count)
                return null; // height 0 defers to a DNL marker: left to the decoder
            var components = new Component[count];
            for (var i = 0; i < count; i++)
            {
                var sampling = segment[7 + 3 * i];
                int horizontal = sampling >> 4, vertical = sampling & 15;
                if (horizontal is < 1 or > 4 || vertical is < 1 or > 4)
                    return null;
                components[i] = new Component(segment[6 + 3 * i], horizontal, vertical);
            }

            return new Frame(width, height, components);
        }
    }

    private readonly record struct BlockTables(HuffmanTable Dc, HuffmanTable Ac);

    private sealed class Scan(Component[] components, BlockTables[] blocksPerMcu, long mcuCount)
    {
        public Component[] Components { get; } = components;
        public BlockTables[] BlocksPerMcu { get; } = blocksPerMcu;
        public long McuCount { get; } = mcuCount;

        // SOS: count, (component id, DC/AC table ids) per component, then Ss, Se, Ah/Al (0, 63, 0 when sequential).
        public static Scan? Parse(ReadOnlySpan<byte> segment, Frame frame, HuffmanTable?[] tables)
        {
            if (segment.Length < 1)
                return null;
            int count = segment[0];
            if (count is 0 or > 4 || segment.Length != 4 + 2 * count)
                return null;
            if (segment[1 + 2 * count] != 0 || segment[2 + 2 * count] != BlockCoefficients - 1 || segment[3 + 2 * count] != 0)
                return null;
            var components = new Component[count];
            var blocks = new List<BlockTables>();
            for (var i = 0; i < count; i++)
            {
                var id = segment[1 + 2 * i];
                var selectors = segment[2 + 2 * i];
                var component = Array.Find(frame.Components, c => c.Id == id);
                if (component is null || selectors >> 4 > 3 || (selectors & 15) > 3
                    || tables[selectors >> 4] is not { } dc || tables[4 + (selectors & 15)] is not { } ac)
                    return null;
                components[i] = component;
                // An interleaved MCU holds H x V blocks of each component; a single-component scan's MCU is one block.
                var blocksInMcu = count == 1 ? 1 : component.Horizontal * component.Vertical;
                for (var b = 0; b < blocksInMcu; b++)
                    blocks.Add(new BlockTables(dc, ac));
            }

            if (blocks.Count > MaxBlocksPerMcu)
                return null;
            return new Scan(components, [.. blocks], count == 1 ? BlockCount(frame, components[0]) : InterleavedMcuCount(frame));
        }

        private static long InterleavedMcuCount(Frame frame) =>
            CeilDiv(frame.Width, 8 * frame.MaxHorizontal) * CeilDiv(frame.Height, 8 * frame.MaxVertical);

        private static long BlockCount(Frame frame, Component component) =>
            CeilDiv(CeilDiv((long)frame.Width * component.Horizontal, frame.MaxHorizontal), 8)
            * CeilDiv(CeilDiv((long)frame.Height * component.Vertical, frame.MaxVertical), 8);

        private static long CeilDiv(long value, long divisor) => (value + divisor - 1) / divisor;
    }

    /// <summary>
    /// A canonical Huffman table (ITU T.81 Annex C): codes of each length are consecutive numbers. Codes up to
    /// <see cref="LookupBits"/> long are found with one look-up of that many bits, longer ones bit by bit.
    /// </summary>
    private sealed class HuffmanTable
    {
        public const int MaxCodeLength = 16;
        public const int LookupBits = 8;
        private readonly int[] _counts = new int[MaxCodeLength + 1];
        private readonly int[] _firstCode = new int[MaxCodeLength + 1];
        private readonly int[] _firstIndex = new int[MaxCodeLength + 1];
        private readonly byte[] _symbols;

        private HuffmanTable(ReadOnlySpan<byte> counts, ReadOnlySpan<byte> symbols)
        {
            _symbols = symbols.ToArray();
            int code = 0, index = 0;
            for (var length = 1; length <= MaxCodeLength; length++)
            {
                _counts[length] = counts[length - 1];
                _firstCode[length] = code;
                _firstIndex[length] = index;
                for (var i = 0; i < _counts[length] && length <= LookupBits; i++)
                {
                    var shift = LookupBits - length;
                    var entry = (ushort)(length << 8 | _symbols[index + i]);
                    Lookup.AsSpan((code + i) << shift, 1 << shift).Fill(entry);
                }

                code = (code + _counts[length]) << 1;
                index += _counts[length];
            }
        }

        /// <summary>By the next <see cref="LookupBits"/> bits: code length × 256 + symbol, or 0 for a longer code.</summary>
        public ushort[] Lookup { get; } = new ushort[1 << LookupBits];

        // DHT: one or more of (class/id, 16 code counts, the symbols).
        public static bool ParseSegment(ReadOnlySpan<byte> segment, HuffmanTable?[] tables)
        {
            while (segment.Length > 0)
            {
                if (segment.Length < 1 + MaxCodeLength)
                    return false;
                int tableClass = segment[0] >> 4, id = segment[0] & 15;
                var counts = segment.Slice(1, MaxCodeLength);
                var symbolCount = 0;
                var codeSpace = 1;
                foreach (var count in counts)
                {
                    codeSpace = (codeSpace << 1) - count; // codes left unused at this length
                    if (codeSpace < 0)
                        return false;
                    symbolCount += count;
                }

                if (tableClass > 1 || id > 3 || segment.Length < 1 + MaxCodeLength + symbolCount)
                    return false;
                tables[4 * tableClass + id] = new HuffmanTable(counts, segment.Slice(1 + MaxCodeLength, symbolCount));
                segment = segment[(1 + MaxCodeLength + symbolCount)..];
            }

            return true;
        }

        public bool TryMatch(int code, int length, out int symbol)
        {
            var offset = code - _firstCode[length];
            var found = offset >= 0 && offset < _counts[length];
            symbol = found ? _symbols[_firstIndex[length] + offset] : 0;
            return found;
        }
    }

    /// <summary>Reads entropy-coded bits, taking FF 00 as a data byte FF and stopping at a marker.</summary>
    private ref struct EntropyReader(ReadOnlySpan<byte> bytes, int position)
    {
        private const int NoData = -1;
        private const int UndefinedCode = -2;
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _position = position;
        private ulong _bits; // the low _count bits are unread, the oldest highest
        private int _count;

        /// <summary>The marker the data stopped at; 0 before one is reached or at the end of the file.</summary>
        public byte Marker { get; private set; }

        public BlockStep SkipBlock(HuffmanTable dc, HuffmanTable ac)
        {
            var category = Decode(dc);
            if (category < 0 || category > HuffmanTable.MaxCodeLength)
                return category == NoData ? BlockStep.OutOfData : BlockStep.BadCode;
            if (!TrySkip(category))
                return BlockStep.OutOfData;
            for (var k = 1; k < BlockCoefficients; k++)
            {
                var runSize = Decode(ac);
                if (runSize < 0)
                    return runSize == NoData ? BlockStep.OutOfData : BlockStep.BadCode;
                int run = runSize >> 4, size = runSize & 15;
                if (size == 0 && run != 15)
                    break; // end of block
                k += run; // ZRL (15, 0) skips 16 coefficients with the loop's own step
                if (!TrySkip(size))
                    return BlockStep.OutOfData;
            }

            return BlockStep.Done;
        }

        /// <summary>Drops the partial byte and reads the marker that ends a restart interval (0 at the end of the file).</summary>
        public byte Restart()
        {
            var position = PositionOfNextMarker();
            Marker = 0;
            if (!TryReadMarker(_bytes, ref position, out var marker))
                return 0;
            _position = position;
            return marker;
        }

        /// <summary>Where the marker after the data starts, stray bytes skipped; the file's length when there is none.</summary>
        public int PositionOfNextMarker()
        {
            _count = 0;
            var position = _position;
            while (position + 1 < _bytes.Length
                   && (_bytes[position] != Prefix || _bytes[position + 1] is 0x00 or Prefix))
                position++;
            return position + 1 < _bytes.Length ? position : _bytes.Length;
        }

        // The next symbol, NoData when the data stops first (see Marker), or UndefinedCode.
        private int Decode(HuffmanTable table)
        {
            Fill();
            if (_count >= HuffmanTable.LookupBits)
            {
                var entry = table.Lookup[(int)(_bits >> (_count - HuffmanTable.LookupBits)) & 0xFF];
                if (entry != 0)
                {
                    _count -= entry >> 8;
                    return entry & 0xFF;
                }
            }

            var code = 0;
            for (var length = 1; length <= HuffmanTable.MaxCodeLength; length++)
            {
                if (length > _count)
                    return NoData;
                code = (code << 1) | (int)(_bits >> (_count - length)) & 1;
                if (table.TryMatch(code, length, out var symbol))
                {
                    _count -= length;
                    return symbol;
                }
            }

            return UndefinedCode;
        }

        private bool TrySkip(int bitCount)
        {
            if (_count < bitCount)
                Fill();
            if (_count < bitCount)
                return false;
            _count -= bitCount;
            return true;
        }

        // Tops the buffer up to at least 57 bits, or as far as the data goes.
        private void Fill()
        {
            while (_count <= 56 && TryFetchByte(out var value))
            {
                _bits = (_bits << 8) | value;
                _count += 8;
            }
        }

        private bool TryFetchByte(out byte value)
        {
            value = 0;
            if (Marker != 0 || _position >= _bytes.Length)
                return false;
            if (_bytes[_position] != Prefix)
            {
                value = _bytes[_position++];
                return true;
            }

            var next = _position + 1;
            while (next < _bytes.Length && _bytes[next] == Prefix)
                next++; // fill bytes
            if (next >= _bytes.Length)
                return false;
            if (_bytes[next] != 0)
            {
                Marker = _bytes[next];
                return false;
            }

            value = Prefix; // FF 00: a stuffed data byte
            _position = next + 1;
            return true;
        }
    }
}
