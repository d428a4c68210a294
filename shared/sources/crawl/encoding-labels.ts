/**
 * The WHATWG Encoding Standard's label table (https://encoding.spec.whatwg.org/#names-and-labels):
 * which charset label names which encoding, so "latin1", "iso-8859-1" and "ascii" all read as
 * windows-1252 and "gb2312" as GBK, exactly as browsers read the page the customer saw.
 * Each encoding maps to the iconv-lite codec that decodes it.
 */

/** WHATWG encoding name -> [iconv-lite codec, labels...]. */
const TABLE: Readonly<Record<string, readonly string[]>> = {
  'UTF-8': ['utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8'],
  IBM866: ['cp866', '866', 'cp866', 'csibm866', 'ibm866'],
  'ISO-8859-2': ['iso-8859-2', 'csisolatin2', 'iso-8859-2', 'iso-ir-101', 'iso8859-2', 'iso88592', 'iso_8859-2', 'iso_8859-2:1987', 'l2', 'latin2'],
  'ISO-8859-3': ['iso-8859-3', 'csisolatin3', 'iso-8859-3', 'iso-ir-109', 'iso8859-3', 'iso88593', 'iso_8859-3', 'iso_8859-3:1988', 'l3', 'latin3'],
  'ISO-8859-4': ['iso-8859-4', 'csisolatin4', 'iso-8859-4', 'iso-ir-110', 'iso8859-4', 'iso88594', 'iso_8859-4', 'iso_8859-4:1988', 'l4', 'latin4'],
  'ISO-8859-5': ['iso-8859-5', 'csisolatincyrillic', 'cyrillic', 'iso-8859-5', 'iso-ir-144', 'iso8859-5', 'iso88595', 'iso_8859-5', 'iso_8859-5:1988'],
  'ISO-8859-6': [
    'iso-8859-6', 'arabic', 'asmo-708', 'csiso88596e', 'csiso88596i', 'csisolatinarabic', 'ecma-114', 'iso-8859-6',
    'iso-8859-6-e', 'iso-8859-6-i', 'iso-ir-127', 'iso8859-6', 'iso88596', 'iso_8859-6', 'iso_8859-6:1987',
  ],
  'ISO-8859-7': [
    'iso-8859-7', 'csisolatingreek', 'ecma-118', 'elot_928', 'greek', 'greek8', 'iso-8859-7', 'iso-ir-126', 'iso8859-7',
    'iso88597', 'iso_8859-7', 'iso_8859-7:1987', 'sun_eu_greek',
  ],
  'ISO-8859-8': [
    'iso-8859-8', 'csiso88598e', 'csisolatinhebrew', 'hebrew', 'iso-8859-8', 'iso-8859-8-e', 'iso-ir-138', 'iso8859-8',
    'iso88598', 'iso_8859-8', 'iso_8859-8:1988', 'visual',
  ],
  'ISO-8859-8-I': ['iso-8859-8', 'csiso88598i', 'iso-8859-8-i', 'logical'],
  'ISO-8859-10': ['iso-8859-10', 'csisolatin6', 'iso-8859-10', 'iso-ir-157', 'iso8859-10', 'iso885910', 'l6', 'latin6'],
  'ISO-8859-13': ['iso-8859-13', 'iso-8859-13', 'iso8859-13', 'iso885913'],
  'ISO-8859-14': ['iso-8859-14', 'iso-8859-14', 'iso8859-14', 'iso885914'],
  'ISO-8859-15': ['iso-8859-15', 'csisolatin9', 'iso-8859-15', 'iso8859-15', 'iso885915', 'iso_8859-15', 'l9'],
  'ISO-8859-16': ['iso-8859-16', 'iso-8859-16'],
  'KOI8-R': ['koi8-r', 'cskoi8r', 'koi', 'koi8', 'koi8-r', 'koi8_r'],
  'KOI8-U': ['koi8-u', 'koi8-ru', 'koi8-u'],
  macintosh: ['macintosh', 'csmacintosh', 'mac', 'macintosh', 'x-mac-roman'],
  'windows-874': ['windows874', 'dos-874', 'iso-8859-11', 'iso8859-11', 'iso885911', 'tis-620', 'windows-874'],
  'windows-1250': ['windows-1250', 'cp1250', 'windows-1250', 'x-cp1250'],
  'windows-1251': ['windows-1251', 'cp1251', 'windows-1251', 'x-cp1251'],
  'windows-1252': [
    'windows-1252', 'ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100',
    'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252',
  ],
  'windows-1253': ['windows-1253', 'cp1253', 'windows-1253', 'x-cp1253'],
  'windows-1254': [
    'windows-1254', 'cp1254', 'csisolatin5', 'iso-8859-9', 'iso-ir-148', 'iso8859-9', 'iso88599', 'iso_8859-9',
    'iso_8859-9:1989', 'l5', 'latin5', 'windows-1254', 'x-cp1254',
  ],
  'windows-1255': ['windows-1255', 'cp1255', 'windows-1255', 'x-cp1255'],
  'windows-1256': ['windows-1256', 'cp1256', 'windows-1256', 'x-cp1256'],
  'windows-1257': ['windows-1257', 'cp1257', 'windows-1257', 'x-cp1257'],
  'windows-1258': ['windows-1258', 'cp1258', 'windows-1258', 'x-cp1258'],
  'x-mac-cyrillic': ['maccyrillic', 'x-mac-cyrillic', 'x-mac-ukrainian'],
  // The WHATWG GBK decoder is the gb18030 decoder.
  GBK: ['gb18030', 'chinese', 'csgb2312', 'csiso58gb231280', 'gb2312', 'gb_2312', 'gb_2312-80', 'gbk', 'iso-ir-58', 'x-gbk'],
  gb18030: ['gb18030', 'gb18030'],
  Big5: ['big5hkscs', 'big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5'],
  'EUC-JP': ['eucjp', 'cseucpkdfmtjapanese', 'euc-jp', 'x-euc-jp'],
  // WHATWG Shift_JIS is Microsoft's code page 932 (NEC and IBM extensions included).
  Shift_JIS: ['cp932', 'csshiftjis', 'ms932', 'ms_kanji', 'shift-jis', 'shift_jis', 'sjis', 'windows-31j', 'x-sjis'],
  // WHATWG EUC-KR is Microsoft's code page 949 (Unified Hangul Code).
  'EUC-KR': [
    'cp949', 'cseuckr', 'csksc56011987', 'euc-kr', 'iso-ir-149', 'korean', 'ks_c_5601-1987', 'ks_c_5601-1989', 'ksc5601',
    'ksc_5601', 'windows-949',
  ],
  'UTF-16BE': ['utf-16be', 'unicodefffe', 'utf-16be'],
  'UTF-16LE': ['utf-16le', 'csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le'],
};

/** An encoding as the crawler uses it: its WHATWG name and the iconv-lite codec that reads it. */
export interface Encoding {
  /** WHATWG name ("windows-1252", "Shift_JIS"). */
  readonly name: string;
  /** iconv-lite codec name. */
  readonly codec: string;
}

const BY_LABEL = new Map<string, Encoding>();
for (const [name, [codec, ...labels]] of Object.entries(TABLE)) {
  for (const label of labels) BY_LABEL.set(label, { name, codec: codec! });
}

/** The encoding a charset label names (case-insensitive, surrounding whitespace ignored), or null. */
export function encodingForLabel(label: string): Encoding | null {
  return BY_LABEL.get(label.trim().toLowerCase()) ?? null;
}

export const UTF8: Encoding = { name: 'UTF-8', codec: 'utf8' };
export const WINDOWS_1252: Encoding = { name: 'windows-1252', codec: 'windows-1252' };
export const UTF16LE: Encoding = { name: 'UTF-16LE', codec: 'utf-16le' };
export const UTF16BE: Encoding = { name: 'UTF-16BE', codec: 'utf-16be' };
