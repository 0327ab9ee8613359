/** Validation and formatting of the ways to reach someone: phone, e-mail, web address. */

export interface Phone {
  /** As shown to people, with Belgian grouping: "02 451 68 00", "0470 12 34 56". */
  display: string;
  /** For tel: links, in international form: "+3224516800". */
  href: string;
}

/** Reads a Belgian (or international, with +) phone number. Returns undefined when it is not one. */
export function parsePhone(input: string): Phone | undefined {
  const raw = input.trim();
  if (!/^[+0-9][0-9 ./()\-]*$/.test(raw)) return undefined;
  let digits = raw.replace(/[^0-9+]/g, '');
  if (digits.startsWith('0032')) digits = `+32${digits.slice(4)}`;
  if (digits.startsWith('+32')) {
    const national = `0${digits.slice(3).replace(/^0/, '')}`;
    return belgian(national);
  }
  if (digits.startsWith('+')) {
    const rest = digits.slice(1);
    if (!/^[1-9][0-9]{7,14}$/.test(rest)) return undefined;
    return { display: raw.replace(/\s+/g, ' '), href: `+${rest}` };
  }
  return belgian(digits);
}

function belgian(national: string): Phone | undefined {
  if (!/^0[1-9][0-9]{7,8}$/.test(national)) return undefined;
  const isMobile = /^04[5-9]/.test(national);
  if (isMobile && national.length !== 10) return undefined;
  if (!isMobile && national.length !== 9) return undefined;
  return { display: groupBelgian(national), href: `+32${national.slice(1)}` };
}

/** Belgian habit: zone 02/03/04/09 has one digit, other zones two; mobile and 0800/090x have four. */
function groupBelgian(n: string): string {
  if (n.length === 10) return `${n.slice(0, 4)} ${n.slice(4, 6)} ${n.slice(6, 8)} ${n.slice(8)}`;
  if (/^0(800|90[0-9]|70|78)/.test(n)) {
    return `${n.slice(0, 4)} ${n.slice(4, 6)} ${n.slice(6)}`.replace(/^(0(?:70|78))(\d)/, '$1 $2');
  }
  if (/^0[2349]/.test(n)) return `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`;
  return `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`;
}

/** "02 451 68 00" with non-breaking spaces: what people read, never split over two lines. */
export function phoneText(phone: Phone): string {
  return phone.display.replace(/ /g, '\u00a0');
}

export function isEmail(input: string): boolean {
  return /^[^\s@<>()[\],;:"]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(input.trim());
}

/** Only http and https: a partner's link must open in any browser and never run code. */
export function isWebUrl(input: string): boolean {
  try {
    const url = new URL(input.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** "www.example.be/zwemmen": short enough to print and to read aloud. */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
