// Renders several documents (.docx, .fodt) to PDF in one LibreOffice run (it takes a few seconds
// to start, and converts each file in well under one), into a temporary folder the caller removes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ToRender {
  /** A file name without extension, unique in the run. */
  name: string;
  ext: 'docx' | 'fodt';
  bytes: Uint8Array | string;
}

export function renderPdfs(program: string, dir: string, inputs: readonly ToRender[]): Map<string, Buffer> {
  const src = join(dir, 'src');
  const out = join(dir, 'pdf');
  const profile = join(dir, 'profile');
  mkdirSync(src, { recursive: true });
  mkdirSync(out, { recursive: true });
  const files = inputs.map((i) => {
    const path = join(src, `${i.name}.${i.ext}`);
    writeFileSync(path, i.bytes);
    return path;
  });
  const r = spawnSync(program, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--invisible', '--nodefault', '--nolockcheck', '--nologo', '--norestore', '--convert-to', 'pdf', '--outdir', out, ...files], {
    encoding: 'utf8',
    timeout: 300_000,
    cwd: dir,
  });
  rmSync(profile, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`LibreOffice failed (${r.status ?? r.signal}): ${r.stderr}`);
  return new Map(inputs.map((i) => [i.name, readFileSync(join(out, `${i.name}.pdf`))]));
}
