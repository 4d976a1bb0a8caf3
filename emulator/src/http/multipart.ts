// Binary-safe multipart/form-data parsing: protobuf parts must stay bytes (WHATWG formData() would decode them as UTF-8).

/** One part of a multipart body: its field name, optional filename and type, and raw bytes. */
export interface MultipartPart {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

/** Reads the boundary out of a `multipart/form-data; boundary=…` content type, or undefined. */
export function multipartBoundary(contentType: string | undefined): string | undefined {
  if (!contentType?.toLowerCase().startsWith('multipart/form-data')) return undefined;
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2]?.trim();
}

/** Splits a multipart/form-data body into its parts, bytes untouched. */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const data = Buffer.concat([CRLF, body]); // the first delimiter has no leading CRLF
  const parts: MultipartPart[] = [];
  let start = data.indexOf(delimiter);
  while (start >= 0) {
    const partStart = start + delimiter.length;
    if (data.subarray(partStart, partStart + 2).toString() === '--') break; // closing delimiter
    const next = data.indexOf(delimiter, partStart);
    if (next < 0) break;
    const part = data.subarray(partStart + CRLF.length, next);
    const headerEnd = part.indexOf(HEADER_END);
    if (headerEnd >= 0)
      parts.push(readPart(part.subarray(0, headerEnd).toString('utf8'), part.subarray(headerEnd + 4)));
    start = next;
  }
  return parts;
}

function readPart(headers: string, data: Buffer): MultipartPart {
  const disposition = /content-disposition:([^\r\n]*)/i.exec(headers)?.[1] ?? '';
  const name = /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? '';
  const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
  const contentType = /content-type:\s*([^\r\n]*)/i.exec(headers)?.[1];
  return {
    name,
    data: Buffer.from(data),
    ...(filename !== undefined && { filename }),
    ...(contentType && { contentType }),
  };
}
