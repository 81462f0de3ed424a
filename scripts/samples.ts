// `npm run samples`: writes the project's sample files (lib/import/samples/index.ts) into
// lib/import/samples/files/, removing any file there that the writer no longer makes.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SAMPLES_DIR, sampleFiles } from '@/lib/import/samples';

async function main() {
  const files = sampleFiles();
  const wanted = new Set(files.map((f) => f.path));
  const existing = await readdir(SAMPLES_DIR, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of existing) {
    const relative = path.relative(SAMPLES_DIR, path.join(entry.parentPath, entry.name));
    if (entry.isFile() && !wanted.has(relative)) {
      await rm(path.join(SAMPLES_DIR, relative));
      console.log(`removed ${relative}`);
    }
  }
  for (const file of files) {
    await mkdir(path.dirname(path.join(SAMPLES_DIR, file.path)), { recursive: true });
    await writeFile(path.join(SAMPLES_DIR, file.path), file.text);
  }
  console.log(`${files.length} sample files written to ${path.relative(process.cwd(), SAMPLES_DIR)}/`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
