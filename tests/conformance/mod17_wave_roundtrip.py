import wave, io, struct
buf = io.BytesIO()
with wave.open(buf, 'wb') as w:
    w.setnchannels(1); w.setsampwidth(2); w.setframerate(8000)
    w.writeframes(struct.pack('<4h', 0, 1000, -1000, 32767))
data = buf.getvalue()
print(len(data), data[:4], data[8:16])
with wave.open(io.BytesIO(data)) as r:
    print(r.getparams())
    print(struct.unpack('<4h', r.readframes(4)))
