package org.xpsci.xp;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * NumPy's {@code .npy} and {@code .npz} formats, read into and written from any namespace through host
 * memory. Reads format versions 1.0, 2.0 and 3.0, little- and big-endian, C and Fortran order, the 13 dtypes;
 * writes version 1.0 (2.0 for huge headers), little-endian, C order. A header that is corrupt, truncated,
 * names an unsupported dtype or promises more data than the file holds is an {@link NpyFormatException},
 * checked before any large allocation.
 */
public final class Npy {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final long MAX_SLOTS = Integer.MAX_VALUE - 16;

    private Npy() {
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /** Reads a {@code .npy} file into {@code xp}. */
    public static NdArray read(Path file, ArrayNamespace xp) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return toNamespace(readHost(in, Files.size(file), file.toString()), xp);
        }
    }

    /** Reads every array of a {@code .npz} archive (stored or deflated) into {@code xp}, in archive order. */
    public static Map<String, NdArray> readNpz(Path file, ArrayNamespace xp) throws IOException {
        Map<String, NdArray> out = new LinkedHashMap<>();
        for (Map.Entry<String, DlpackTensor> e : readNpzHost(file).entrySet()) {
            out.put(e.getKey(), toNamespace(e.getValue(), xp));
        }
        return out;
    }

    /** Reads a {@code .npz} archive into host tensors (names without the ".npy" suffix). */
    public static Map<String, DlpackTensor> readNpzHost(Path file) throws IOException {
        Map<String, DlpackTensor> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> en = zip.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                if (e.isDirectory()) {
                    continue;
                }
                String name = e.getName().endsWith(".npy") ? e.getName().substring(0, e.getName().length() - 4)
                        : e.getName();
                try (InputStream in = new BufferedInputStream(zip.getInputStream(e))) {
                    out.put(name, readHost(in, e.getSize(), file + ":" + e.getName()));
                }
            }
        } catch (java.util.zip.ZipException z) {
            throw new NpyFormatException(file + " is not a valid .npz (zip) archive: " + z.getMessage());
        }
        return out;
    }

    /** Reads a {@code .npz} archive from a stream into host tensors (names without the ".npy" suffix). */
    public static Map<String, DlpackTensor> readNpzHost(InputStream stream, String source) throws IOException {
        Map<String, DlpackTensor> out = new LinkedHashMap<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new BufferedInputStream(stream))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                String name = e.getName().endsWith(".npy") ? e.getName().substring(0, e.getName().length() - 4)
                        : e.getName();
                out.put(name, readHost(zip, e.getSize(), source + ":" + e.getName()));
            }
        } catch (java.util.zip.ZipException z) {
            throw new NpyFormatException(source + " is not a valid .npz (zip) archive: " + z.getMessage());
        }
        return out;
    }

    /** Reads a {@code .npy} stream into a host tensor; {@code available} is the stream's length or -1. */
    public static DlpackTensor readHost(InputStream stream, long available, String source) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        byte[] magic = new byte[6];
        readFully(in, magic, source, "magic string");
        for (int i = 0; i < 6; i++) {
            if (magic[i] != MAGIC[i]) {
                throw new NpyFormatException(source + " is not a .npy file: it does not start with \\x93NUMPY");
            }
        }
        int major = in.read();
        int minor = in.read();
        if (major < 0 || minor < 0) {
            throw new NpyFormatException(source + " is truncated: the file ends inside the version bytes");
        }
        if (major < 1 || major > 3) {
            throw new NpyFormatException(source + " has .npy format version " + major + "." + minor
                    + "; supported: 1.0, 2.0, 3.0");
        }
        long headerLen;
        byte[] lenBytes = new byte[major == 1 ? 2 : 4];
        readFully(in, lenBytes, source, "header length");
        ByteBuffer lb = ByteBuffer.wrap(lenBytes).order(ByteOrder.LITTLE_ENDIAN);
        headerLen = major == 1 ? lb.getShort() & 0xFFFF : lb.getInt() & 0xFFFFFFFFL;
        long prefix = 6 + 2 + lenBytes.length;
        if (available >= 0 && prefix + headerLen > available) {
            throw new NpyFormatException(source + " is truncated: its header claims " + headerLen
                    + " bytes but the file has only " + (available - prefix) + " after the prefix");
        }
        if (headerLen > 1 << 24) {
            throw new NpyFormatException(source + " has an implausible header length " + headerLen);
        }
        byte[] hb = new byte[(int) headerLen];
        readFully(in, hb, source, "header");
        String header = new String(hb, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        NpyHeader h = NpyHeader.parse(header, source);
        long size = Axes.size(h.shape());
        long slots = h.dtype().isComplexFloating() ? 2 * size : size;
        if (slots > MAX_SLOTS) {
            throw new NpyFormatException(source + " holds " + size + " elements of " + h.dtype()
                    + ", more than one host array can hold (" + MAX_SLOTS + " slots)");
        }
        long bytes = size * h.dtype().itemSize();
        if (available >= 0 && prefix + headerLen + bytes > available) {
            throw new NpyFormatException(source + ": shape " + Broadcast.format(h.shape()) + " of " + h.dtype()
                    + " needs " + bytes + " data bytes but the file has only " + (available - prefix - headerLen));
        }
        Object data = readData(in, h, (int) size, source);
        int[] shape = h.shape();
        if (h.fortranOrder() && shape.length > 1) {
            int[] rev = new int[shape.length];
            for (int i = 0; i < shape.length; i++) {
                rev[i] = shape[shape.length - 1 - i];
            }
            int[] revStrides = DlpackTensor.contiguousStrides(rev);
            int[] strides = new int[shape.length];
            for (int i = 0; i < shape.length; i++) {
                strides[i] = revStrides[shape.length - 1 - i];
            }
            return DlpackTensor.host(data, h.dtype(), shape, strides, 0, data);
        }
        return DlpackTensor.host(data, h.dtype(), shape);
    }

    private static Object readData(DataInputStream in, NpyHeader h, int size, String source) throws IOException {
        DType d = h.dtype();
        int item = d.itemSize();
        ByteOrder order = h.bigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        int slots = d.isComplexFloating() ? 2 * size : size;
        int slotBytes = d.isComplexFloating() ? item / 2 : item;
        Object data = switch (slotBytes) {
            case 1 -> new byte[slots];
            case 2 -> new short[slots];
            case 4 -> d.toReal() == DType.FLOAT32 ? new float[slots] : new int[slots];
            default -> d.toReal() == DType.FLOAT64 ? new double[slots] : new long[slots];
        };
        byte[] chunk = new byte[1 << 16];
        int done = 0;
        while (done < slots) {
            int n = Math.min(slots - done, chunk.length / slotBytes);
            readFully(in, chunk, 0, n * slotBytes, source);
            ByteBuffer bb = ByteBuffer.wrap(chunk, 0, n * slotBytes).order(order);
            if (data instanceof byte[] a) {
                bb.get(a, done, n);
            } else if (data instanceof short[] a) {
                bb.asShortBuffer().get(a, done, n);
            } else if (data instanceof int[] a) {
                bb.asIntBuffer().get(a, done, n);
            } else if (data instanceof long[] a) {
                bb.asLongBuffer().get(a, done, n);
            } else if (data instanceof float[] a) {
                bb.asFloatBuffer().get(a, done, n);
            } else {
                bb.asDoubleBuffer().get((double[]) data, done, n);
            }
            done += n;
        }
        if (d.isBool()) {
            byte[] a = (byte[]) data;
            for (int i = 0; i < a.length; i++) {
                a[i] = (byte) (a[i] != 0 ? 1 : 0);
            }
        }
        return data;
    }

    private static NdArray toNamespace(DlpackTensor t, ArrayNamespace xp) {
        return xp.fromDlpack(t, xp.info().defaultDevice(), null);
    }

    private static void readFully(DataInputStream in, byte[] b, String source, String what) throws IOException {
        readFully(in, b, 0, b.length, source);
    }

    private static void readFully(DataInputStream in, byte[] b, int off, int len, String source) throws IOException {
        try {
            in.readFully(b, off, len);
        } catch (EOFException e) {
            throw new NpyFormatException(source + " is truncated: the file ends before the data it declares");
        }
    }

    // ---- writing ------------------------------------------------------------------------------------------

    /**
     * Writes x as a {@code .npy} file. A device array is copied to the host for the write (writing a file is
     * an explicit request for host data).
     */
    public static void write(Path file, NdArray x) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            write(out, x);
        }
    }

    /** Writes x in {@code .npy} format to a stream. */
    public static void write(OutputStream out, NdArray x) throws IOException {
        DlpackTensor t = x.dlpack(null, null);
        if (!t.isHost()) {
            t = x.dlpack(Device.CPU, true);
        }
        writeHost(out, t.hostBuffer());
    }

    /** Writes a host buffer in {@code .npy} format (C order, little-endian). */
    public static void writeHost(OutputStream out, HostBuffer b) throws IOException {
        String descr = descr(b.dtype());
        StringBuilder shape = new StringBuilder("(");
        for (int i = 0; i < b.shape().length; i++) {
            shape.append(b.shape()[i]).append(b.shape().length == 1 ? "," : i + 1 < b.shape().length ? ", " : "");
        }
        shape.append(")");
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
        int version = dict.length() + 11 > 65535 ? 2 : 1;
        int prefix = 6 + 2 + (version == 1 ? 2 : 4);
        int total = prefix + dict.length() + 1;
        int pad = (64 - total % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        out.write(MAGIC);
        out.write(version);
        out.write(0);
        ByteBuffer lb = ByteBuffer.allocate(version == 1 ? 2 : 4).order(ByteOrder.LITTLE_ENDIAN);
        if (version == 1) {
            lb.putShort((short) header.length());
        } else {
            lb.putInt(header.length());
        }
        out.write(lb.array());
        out.write(header.getBytes(StandardCharsets.ISO_8859_1));
        writeData(out, b);
    }

    private static void writeData(OutputStream out, HostBuffer b) throws IOException {
        DType d = b.dtype();
        int n = Math.toIntExact(b.size());
        int slotBytes = d.isComplexFloating() ? d.itemSize() / 2 : d.itemSize();
        ByteBuffer bb = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        int[] idx = new int[b.shape().length];
        int w = d.isComplexFloating() ? 2 : 1;
        for (int i = 0; i < n; i++) {
            int off = b.offset();
            for (int k = 0; k < idx.length; k++) {
                off += idx[k] * b.strides()[k];
            }
            for (int p = 0; p < w; p++) {
                if (bb.remaining() < slotBytes) {
                    out.write(bb.array(), 0, bb.position());
                    bb.clear();
                }
                int s = w * off + p;
                Object a = b.data();
                if (a instanceof byte[] x) {
                    bb.put(x[s]);
                } else if (a instanceof short[] x) {
                    bb.putShort(x[s]);
                } else if (a instanceof int[] x) {
                    bb.putInt(x[s]);
                } else if (a instanceof long[] x) {
                    bb.putLong(x[s]);
                } else if (a instanceof float[] x) {
                    bb.putFloat(x[s]);
                } else {
                    bb.putDouble(((double[]) a)[s]);
                }
            }
            for (int k = idx.length - 1; k >= 0; k--) {
                if (++idx[k] < b.shape()[k]) {
                    break;
                }
                idx[k] = 0;
            }
        }
        out.write(bb.array(), 0, bb.position());
    }

    /**
     * Writes arrays as a {@code .npz} archive, each under its name plus ".npy", deflated when {@code compressed}
     * (NumPy's {@code savez_compressed}) or stored ({@code savez}).
     */
    public static void writeNpz(Path file, Map<String, ? extends NdArray> arrays, boolean compressed) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
            for (Map.Entry<String, ? extends NdArray> e : arrays.entrySet()) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                write(buf, e.getValue());
                byte[] bytes = buf.toByteArray();
                ZipEntry ze = new ZipEntry(e.getKey() + ".npy");
                if (!compressed) {
                    ze.setMethod(ZipEntry.STORED);
                    ze.setSize(bytes.length);
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    ze.setCrc(crc.getValue());
                }
                zip.putNextEntry(ze);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
    }

    /** The NumPy descr string of a dtype, little-endian. */
    static String descr(DType d) {
        return switch (d) {
            case BOOL -> "|b1";
            case INT8 -> "|i1";
            case UINT8 -> "|u1";
            case INT16 -> "<i2";
            case UINT16 -> "<u2";
            case INT32 -> "<i4";
            case UINT32 -> "<u4";
            case INT64 -> "<i8";
            case UINT64 -> "<u8";
            case FLOAT32 -> "<f4";
            case FLOAT64 -> "<f8";
            case COMPLEX64 -> "<c8";
            case COMPLEX128 -> "<c16";
        };
    }
}
