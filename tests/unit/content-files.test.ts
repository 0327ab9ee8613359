/**
 * Issue 11, files stay inside the content folder: what `npm run check` (and so the build) says
 * about paths that leave the folder, symbolic links of every kind, files that are not what their
 * extension says, and files or photos that are absurdly large. Every refusal names the file.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { checkContent, formatProblem } from '../../src/source/read-content.ts';
import { checkImageBytes, isUsableImage, MAX_IMAGE_BYTES, readImageHeader } from '../../src/source/safe-files.ts';
import { BUILD_DATE, offer, writeContent, type Files } from '../fixtures/check/site.ts';

const WITH_IMAGE = offer('nagekeken: 2026-10-01', 'nagekeken: 2026-10-01\nafbeelding:\n  bron: ./zwemmen.jpg\n  alt: Kinderen in het zwembad');
const withImage = (bron: string) => offer('nagekeken: 2026-10-01', `nagekeken: 2026-10-01\nafbeelding:\n  bron: ${bron}\n  alt: Kinderen in het zwembad`);

const jpeg = (width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 3, background: { r: 20, g: 120, b: 200 } } }).jpeg().toBuffer();
const png = (width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 3, background: { r: 20, g: 120, b: 200 } } }).png().toBuffer();

/** The content folder with `changes`, then `prepare` (links, odd files) before the check runs. */
function checkWith(changes: Files, prepare: (dir: string) => void = () => {}) {
  const dir = writeContent(changes);
  prepare(dir);
  const result = checkContent(dir, { buildDate: BUILD_DATE });
  const errors = result.problems.filter((p) => p.severity === 'error').map((p) => formatProblem({ ...p, file: path.relative(dir, path.resolve(p.file)) }));
  return { dir, result, errors };
}

describe('afbeelding.bron stays inside the content folder', () => {
  test('a real JPEG next to the offer passes, and the loader may hand it to astro:assets', async () => {
    const { dir, result } = checkWith({ 'aanbod/zwemmen.md': WITH_IMAGE, 'aanbod/zwemmen.jpg': await jpeg() });
    expect(result.failed).toBe(false);
    expect(result.site?.offers[0]?.image?.src).toBe('./zwemmen.jpg');
    expect(isUsableImage(dir, 'aanbod/zwemmen.md', './zwemmen.jpg')).toBe(true);
  });

  test.each([
    ['../../../../etc/passwd.jpg'],
    ['../../buiten.jpg'],
    ['/etc/hosts.jpg'],
  ])('a path outside the folder is refused: %s', async (bron) => {
    const outside = mkdtempSync(path.join(tmpdir(), 'vtw-outside-'));
    writeFileSync(path.join(outside, 'buiten.jpg'), await jpeg());
    const { dir, errors, result } = checkWith({ 'aanbod/zwemmen.md': withImage(bron) });
    expect(result.failed).toBe(true);
    expect(errors).toContain(`aanbod/zwemmen.md:16  afbeelding.bron  ${bron} ligt buiten de map met inhoud. Zet de foto in dezelfde map als dit bestand en schrijf ./naam.jpg.`);
    expect(isUsableImage(dir, 'aanbod/zwemmen.md', bron)).toBe(false);
  });

  test('a symbolic link to a photo outside the folder is refused, and never handed to the loader', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'vtw-outside-'));
    writeFileSync(path.join(outside, 'geheim.jpg'), await jpeg());
    const { dir, errors } = checkWith({ 'aanbod/zwemmen.md': WITH_IMAGE }, (d) => symlinkSync(path.join(outside, 'geheim.jpg'), path.join(d, 'aanbod/zwemmen.jpg')));
    expect(errors).toContain('aanbod/zwemmen.jpg  aanbod/zwemmen.jpg is een snelkoppeling (symbolische link) naar een ander bestand of een andere map. Die worden niet gevolgd. Zet het echte bestand of de echte map hier in de plaats.');
    expect(errors.some((e) => e.startsWith('aanbod/zwemmen.md:16  afbeelding.bron  ./zwemmen.jpg is een snelkoppeling'))).toBe(true);
    expect(isUsableImage(dir, 'aanbod/zwemmen.md', './zwemmen.jpg')).toBe(false);
  });

  test('a symbolic link to a photo inside the folder is refused too', async () => {
    const { errors } = checkWith({ 'aanbod/zwemmen.md': WITH_IMAGE, 'aanbod/echt.jpg': await jpeg() }, (d) => symlinkSync('echt.jpg', path.join(d, 'aanbod/zwemmen.jpg')));
    expect(errors.some((e) => e.startsWith('aanbod/zwemmen.md:16  afbeelding.bron  ./zwemmen.jpg is een snelkoppeling'))).toBe(true);
  });

  test('a dangling and a looping link are refused by name, and the check does not crash', () => {
    const { errors, result } = checkWith({ 'aanbod/zwemmen.md': WITH_IMAGE }, (d) => {
      symlinkSync('bestaat-niet.jpg', path.join(d, 'aanbod/zwemmen.jpg'));
      symlinkSync('lus-b.md', path.join(d, 'aanbod/lus-a.md'));
      symlinkSync('lus-a.md', path.join(d, 'aanbod/lus-b.md'));
      symlinkSync('nergens', path.join(d, 'weg'));
    });
    expect(result.failed).toBe(true);
    for (const name of ['aanbod/zwemmen.jpg', 'aanbod/lus-a.md', 'aanbod/lus-b.md', 'weg']) {
      expect(errors).toContain(`${name}  ${name} is een snelkoppeling (symbolische link) naar een ander bestand of een andere map. Die worden niet gevolgd. Zet het echte bestand of de echte map hier in de plaats.`);
    }
  });

  test('a photo that is not what its extension says is refused', async () => {
    const text = checkWith({ 'aanbod/zwemmen.md': WITH_IMAGE, 'aanbod/zwemmen.jpg': 'dit is geen foto' }).errors;
    expect(text).toContain('aanbod/zwemmen.md:16  afbeelding.bron  ./zwemmen.jpg is geen foto: de inhoud van het bestand is geen JPEG, PNG, WebP of AVIF. Sla de foto opnieuw op als .jpg of .png.');
    const svg = checkWith({ 'aanbod/zwemmen.md': WITH_IMAGE, 'aanbod/zwemmen.jpg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>' }).errors;
    expect(svg.some((e) => e.includes('./zwemmen.jpg is geen foto'))).toBe(true);
    const pngAsJpg = checkWith({ 'aanbod/zwemmen.md': WITH_IMAGE, 'aanbod/zwemmen.jpg': await png() }).errors;
    expect(pngAsJpg).toContain('aanbod/zwemmen.md:16  afbeelding.bron  ./zwemmen.jpg heeft de extensie .jpg, maar is een PNG-bestand. Geef het bestand de extensie .png, of sla de foto opnieuw op als JPEG.');
    const svgName = checkWith({ 'aanbod/zwemmen.md': withImage('./zwemmen.svg'), 'aanbod/zwemmen.svg': '<svg/>' }).errors;
    expect(svgName.some((e) => e.includes('./zwemmen.svg is geen foto. Gebruik een .jpg, .png, .webp of .avif bestand.'))).toBe(true);
  });

  test('a photo of more than 40 megapixels is refused from its header, without decoding it', () => {
    // A PNG header that claims 20000 x 20000 pixels: a decompression bomb would look like this.
    const bomb = Buffer.alloc(33);
    Buffer.from('\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR', 'latin1').copy(bomb);
    bomb.writeUInt32BE(20000, 16);
    bomb.writeUInt32BE(20000, 20);
    const renamed = withImage('./zwemmen.png');
    const { errors } = checkWith({ 'aanbod/zwemmen.md': renamed, 'aanbod/zwemmen.png': bomb });
    expect(errors).toContain('aanbod/zwemmen.md:16  afbeelding.bron  ./zwemmen.png is te groot: 20000 × 20000 beeldpunten (400 megapixel), hoogstens 40 megapixel. Maak de foto kleiner, bv. 2000 beeldpunten breed.');
  });

  test('a file over 10 MB is refused before it is read', () => {
    const { errors } = checkWith({ 'aanbod/zwemmen.md': WITH_IMAGE }, (d) => {
      execFileSync('truncate', ['-s', String(MAX_IMAGE_BYTES + 1), path.join(d, 'aanbod/zwemmen.jpg')]);
    });
    expect(errors).toContain('aanbod/zwemmen.md:16  afbeelding.bron  ./zwemmen.jpg is te groot: 10,0 MB, hoogstens 10,0 MB. Maak het bestand kleiner.');
  });

  test('a damaged photo whose size cannot be read is refused', async () => {
    const cut = (await jpeg()).subarray(0, 20);
    const { errors } = checkWith({ 'aanbod/zwemmen.md': WITH_IMAGE, 'aanbod/zwemmen.jpg': cut });
    expect(errors).toContain('aanbod/zwemmen.md:16  afbeelding.bron  ./zwemmen.jpg is beschadigd: de grootte van de foto kan niet gelezen worden. Sla de foto opnieuw op.');
  });
});

describe('the header reader agrees with sharp', () => {
  test.each(['jpeg', 'png', 'webp', 'avif'] as const)('%s', async (format) => {
    for (const [width, height] of [[1, 1], [300, 200], [4097, 3]] as const) {
      const base = sharp({ create: { width, height, channels: 4, background: { r: 200, g: 10, b: 10, alpha: 0.5 } } });
      for (const bytes of await Promise.all([base.clone().toFormat(format).toBuffer(), format === 'webp' ? base.clone().webp({ lossless: true }).toBuffer() : undefined])) {
        if (!bytes) continue;
        const meta = await sharp(bytes).metadata();
        expect(readImageHeader(bytes), `${format} ${width}x${height}`).toEqual({ format, width: meta.width, height: meta.height });
        expect('header' in checkImageBytes(`foto.${format === 'jpeg' ? 'jpg' : format}`, bytes)).toBe(true);
      }
    }
  });
});

describe('every file the reader opens stays inside the folder', () => {
  test('an offer file that is a link (in or out) is refused and not read', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'vtw-outside-'));
    writeFileSync(path.join(outside, 'geheim.md'), '---\ntitel: Geheim\n---\nGeheime tekst.\n');
    const { errors, result } = checkWith({}, (d) => {
      symlinkSync(path.join(outside, 'geheim.md'), path.join(d, 'aanbod/geheim.md'));
      symlinkSync('zwemmen.md', path.join(d, 'aanbod/kopie.md'));
    });
    expect(errors).toContain('aanbod/geheim.md  aanbod/geheim.md is een snelkoppeling (symbolische link) naar een ander bestand of een andere map. Die worden niet gevolgd. Zet het echte bestand of de echte map hier in de plaats.');
    expect(errors).toContain('aanbod/kopie.md  aanbod/kopie.md is een snelkoppeling (symbolische link) naar een ander bestand of een andere map. Die worden niet gevolgd. Zet het echte bestand of de echte map hier in de plaats.');
    expect(JSON.stringify(result)).not.toContain('Geheim');
  });

  test('a folder or site.yaml that is a link is refused, and nothing behind it is read', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'vtw-outside-'));
    mkdirSync(path.join(outside, 'partners'));
    writeFileSync(path.join(outside, 'partners/geheim.md'), '---\nnaam: Geheim\n---\n');
    writeFileSync(path.join(outside, 'site.yaml'), 'titel: Geheim\n');
    const { errors, result } = checkWith({ 'partners/sportdienst.md': null, 'site.yaml': null }, (d) => {
      execFileSync('rm', ['-rf', path.join(d, 'partners')]);
      symlinkSync(path.join(outside, 'partners'), path.join(d, 'partners'));
      symlinkSync(path.join(outside, 'site.yaml'), path.join(d, 'site.yaml'));
    });
    expect(errors).toContain('partners  partners is een snelkoppeling (symbolische link) naar een ander bestand of een andere map. Die worden niet gevolgd. Zet het echte bestand of de echte map hier in de plaats.');
    expect(errors).toContain('site.yaml  site.yaml is een snelkoppeling (symbolische link) naar een ander bestand of een andere map. Die worden niet gevolgd. Zet het echte bestand of de echte map hier in de plaats.');
    expect(JSON.stringify(result)).not.toContain('Geheim');
  });

  test('a named pipe is refused without opening it (opening would hang the check)', () => {
    const { errors } = checkWith({}, (d) => execFileSync('mkfifo', [path.join(d, 'aanbod/pijp.md')]));
    expect(errors).toContain('aanbod/pijp.md  aanbod/pijp.md is geen gewoon bestand. Zet hier alleen gewone tekstbestanden en foto\'s.');
  });

  test('a Markdown file over 512 KB is refused before it is read', () => {
    const { errors } = checkWith({ 'aanbod/groot.md': `${offer()}\n${'x'.repeat(600 * 1024)}` });
    expect(errors).toContain('aanbod/groot.md  aanbod/groot.md is te groot: 601 KB, hoogstens 512 KB. Maak de tekst korter.');
  });

  test('a folder name that is a file is reported, not a crash', () => {
    const { errors } = checkWith({ 'kortingen/participatiepas.md': null, 'partners/sportdienst.md': null }, (d) => {
      execFileSync('rm', ['-rf', path.join(d, 'partners')]);
      writeFileSync(path.join(d, 'partners'), 'geen map');
    });
    expect(errors).toContain('partners  partners is een bestand, maar moet een map zijn. Maak een map partners/ en zet de bestanden daarin.');
  });

  test('a missing content folder, and a file given as content folder, are one Dutch line each', () => {
    const missing = checkContent(path.join(tmpdir(), 'vtw-bestaat-niet'), { buildDate: BUILD_DATE });
    expect(missing.problems.map((p) => p.message)).toEqual(['De map met inhoud bestaat niet. Maak ze aan, of zet CONTENT_DIR op de juiste map.']);
    const file = path.join(writeContent(), 'site.yaml');
    expect(checkContent(file, { buildDate: BUILD_DATE }).problems.map((p) => p.message)).toEqual(['Dit is geen map. Zet CONTENT_DIR op de map met de inhoud (met site.yaml en aanbod/).']);
  });

  test('a content folder reached through a link (CONTENT_DIR=link) is fine', () => {
    const dir = writeContent();
    const link = path.join(mkdtempSync(path.join(tmpdir(), 'vtw-link-')), 'inhoud');
    symlinkSync(dir, link);
    expect(checkContent(link, { buildDate: BUILD_DATE }).failed).toBe(false);
  });
});
