#!/usr/bin/env python3
"""Prints 'WIDTH HEIGHT INK COLOURED' for an 8-bit RGB/RGBA PNG: INK = share of pixels that are not near-white,
COLOURED = share of clearly coloured (not grey) pixels. Decodes the PNG itself (zlib + the five row filters),
so the tests need no imaging package. Usage: png_ink.py FILE.png"""
import struct
import sys
import zlib

data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, width, height, bpp = 8, b"", 0, 0, 0
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        width, height, depth, colour = struct.unpack(">IIBB", body[:10])
        assert depth == 8 and colour in (2, 6), "only 8-bit RGB or RGBA"
        bpp = 3 if colour == 2 else 4
    elif kind == b"IDAT":
        idat += body
    pos += 12 + length
raw = zlib.decompress(idat)
stride = width * bpp
prev = bytearray(stride)
ink = coloured = 0
for y in range(height):
    f = raw[y * (stride + 1)]
    row = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = row[i - bpp] if i >= bpp else 0
        b = prev[i]
        c = prev[i - bpp] if i >= bpp else 0
        if f == 1:
            row[i] = (row[i] + a) & 255
        elif f == 2:
            row[i] = (row[i] + b) & 255
        elif f == 3:
            row[i] = (row[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    if y % 2 == 0:
        for x in range(0, width, 2):
            r, g, bl = row[x * bpp:x * bpp + 3]
            if min(r, g, bl) < 200:
                ink += 1
            if max(r, g, bl) - min(r, g, bl) > 60:
                coloured += 1
    prev = row
samples = ((height + 1) // 2) * ((width + 1) // 2)
print(width, height, round(ink / samples, 4), round(coloured / samples, 4))
