// Test vectors for the photo tests, made in the test run (no image files are committed).
import { crc32, deflateSync } from "node:zlib";
import sharp from "sharp";

/** A plain JPEG of the given size, with a gradient so it is not trivially compressible. */
export async function jpegOf(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#b07050" } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** A PNG of the given size. */
export async function pngOf(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 40, g: 90, b: 160, alpha: 1 } } })
    .png()
    .toBuffer();
}

export const GPS_MARKER = "LeanbackSecretCamera";

/** A JPEG carrying EXIF with a camera name and a GPS position (IFD3 is sharp's GPS IFD). */
export async function jpegWithGps(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#806040" } })
    .jpeg()
    .withExif({
      IFD0: { Make: GPS_MARKER, Model: "Test" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "52/1 31/1 1200/100",
        GPSLongitudeRef: "E",
        GPSLongitude: "13/1 24/1 3600/100",
      },
    })
    .toBuffer();
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A well-formed PNG whose header says width × height but whose pixel data is a few bytes: only
 * a decoder that trusts the header first would try to allocate the whole image.
 */
export function pngHeaderOnly(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter method variant, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.alloc(64))),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

export const SVG = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>',
);
