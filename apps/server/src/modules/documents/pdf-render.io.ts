import fs from 'node:fs';
import { createRequire } from 'node:module';
import pdfMake from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import { FONT_FAMILY } from './pdf-layout';

/**
 * The one place that touches pdfmake's process-wide state and reads files: the Tinos fonts.
 *
 * - Tinos is metric-compatible with Times New Roman, the font Decree 30/2020 App. I requires, and covers every
 *   Vietnamese letter plus ₫ (stack-notes §Q6). The TTFs come from `@expo-google-fonts/tinos` (not `@fontsource`,
 *   whose subset WOFF2 files give boxes).
 * - Fonts are served from pdfmake's virtual file system, so the URL and local-file policies can deny everything:
 *   a document definition can then neither fetch a URL (SSRF) nor read a server file. Images must be data URLs.
 */

const require = createRequire(import.meta.url);

const FONT_FILES = {
  normal: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
  bold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
  italics: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf',
  bolditalics: '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf',
} as const;

type FontStyle = keyof typeof FONT_FILES;

/** pdfmake 0.3's Node build exposes its virtual file system, which @types/pdfmake 0.3 does not declare. */
interface VirtualFileSystem {
  existsSync(name: string): boolean;
  writeFileSync(name: string, content: Buffer): void;
}
const virtualFs = (pdfMake as unknown as { virtualfs: VirtualFileSystem }).virtualfs;

const vfsName = (style: FontStyle) => `mot-cua/fonts/${FONT_FAMILY}-${style}.ttf`;

function ensureFontsLoaded(): void {
  for (const style of Object.keys(FONT_FILES) as FontStyle[]) {
    if (!virtualFs.existsSync(vfsName(style))) {
      virtualFs.writeFileSync(vfsName(style), fs.readFileSync(require.resolve(FONT_FILES[style])));
    }
  }
}

const denyAll = () => false;

/**
 * Renders a document definition to a PDF buffer.
 *
 * Takes a builder, not a definition: pdfmake mutates the definition it renders (a second render of the same object
 * throws), so each call gets a fresh one (stack-notes §Q6).
 */
export async function renderPdf(build: () => TDocumentDefinitions): Promise<Buffer> {
  ensureFontsLoaded();
  // pdfmake is a process-wide singleton and Printer reads these settings synchronously inside createPdf, so setting
  // them right before the call is safe even if another part of the process configured pdfmake differently.
  const fonts: TFontDictionary = {
    [FONT_FAMILY]: {
      normal: vfsName('normal'),
      bold: vfsName('bold'),
      italics: vfsName('italics'),
      bolditalics: vfsName('bolditalics'),
    },
  };
  pdfMake.setFonts(fonts);
  pdfMake.setUrlAccessPolicy(denyAll);
  pdfMake.setLocalAccessPolicy(denyAll);
  const definition = build();
  return pdfMake.createPdf(definition).getBuffer();
}
