import { strToU8, Zip, ZipDeflate } from 'fflate';

/*
 * What exceljs's streaming WorkbookWriter needs of `archiver` (Node's zip library, which the browser cannot
 * run: it deflates with Node's zlib), written over fflate's streaming zip. The worker's bundle maps
 * `require('archiver')` inside exceljs to `createArchiver` (see electron.vite.config.ts). Deflate level 1, as
 * archiver's default (compress-commons uses zlib's best speed), so the app and the CLI make the same trade.
 */

/** What exceljs pipes the zip into: its `stream` option. */
export interface ZipSink {
  write(chunk: Uint8Array): unknown;
  end(): unknown;
}

/** exceljs's StreamBuf as an entry's source: it writes its buffers to whatever it is piped into, then ends it. */
interface PipeSource {
  pipe(destination: { write(chunk: Uint8Array, done?: () => void): boolean; end(): void }): unknown;
}

type Listener = (...args: unknown[]) => void;

/** The few EventEmitter members exceljs calls on the zip (`on('error')`). */
class Emitter {
  private readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== wrapped));
      listener(...args);
    };
    return this.on(event, wrapped);
  }
  emit(event: string, ...args: unknown[]): boolean {
    const list = this.listeners.get(event) ?? [];
    for (const listener of list) listener(...args);
    return list.length > 0;
  }
}

export class ZipArchiver extends Emitter {
  private sink: ZipSink | null = null;
  private readonly zip: Zip;
  private readonly level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

  constructor(options: { zlib?: { level?: number } } = {}) {
    super();
    const level = options.zlib?.level ?? 1;
    this.level = (Number.isInteger(level) && level >= 0 && level <= 9 ? level : 1) as ZipArchiver['level'];
    this.zip = new Zip((error, chunk, final) => {
      if (error) return void this.emit('error', error);
      if (!this.sink) return void this.emit('error', new Error('zip output before pipe()'));
      if (chunk.length) this.sink.write(chunk);
      if (final) this.sink.end();
    });
  }

  pipe<T extends ZipSink>(sink: T): T {
    this.sink = sink;
    return sink;
  }

  /** An entry from a string, bytes, or a stream that exceljs writes into and then ends. */
  append(source: string | Uint8Array | PipeSource, data: { name: string; base64?: boolean }): this {
    if (data.base64) throw new Error('base64 entries are not supported');
    // archiver strips the leading slash exceljs puts on some names; a zip entry name has none.
    const file = new ZipDeflate(data.name.replace(/^\/+/, ''), { level: this.level });
    this.zip.add(file);
    if (typeof source === 'string') file.push(strToU8(source), true);
    else if (source instanceof Uint8Array) file.push(source, true);
    else {
      // Piped at once: exceljs's StreamBuf then flushes to us as it fills, and fflate deflates each buffer as
      // it comes (fflate keeps the entries in order should a second stream start before the first ends).
      source.pipe({
        write(chunk, done) {
          file.push(chunk);
          done?.();
          return true;
        },
        end() {
          file.push(new Uint8Array(0), true);
        },
      });
    }
    return this;
  }

  file(): never {
    throw new Error('file entries are not supported in the browser');
  }

  finalize(): void {
    this.zip.end();
  }
}

/** `require('archiver')` as exceljs calls it: `Archiver('zip', options)`. */
export function createArchiver(format: string, options?: { zlib?: { level?: number } }): ZipArchiver {
  if (format !== 'zip') throw new Error(`unsupported archive format ${format}`);
  return new ZipArchiver(options);
}
