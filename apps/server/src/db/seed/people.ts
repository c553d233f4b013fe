/**
 * Realistic, synthetic Vietnamese applicants for demo and benchmark data, following
 * shared/data/haiduong-reference.md §7: surname frequencies, middle names by sex, 12-digit personal ID numbers
 * (province of birth registration 030 = Hải Dương, century/sex digit, year, serial — Circular 59/2021/TT-BCA
 * Art 4), 10-digit mobile numbers of real carrier prefixes, addresses of Hải Dương. Deterministic for a seed.
 */

/** A small, fast, seedable PRNG (mulberry32), so demo data is the same on every machine. */
export function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
    weighted: <T>(items: readonly (readonly [T, number])[]): T => {
      const total = items.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r <= 0) return item;
      }
      return items[items.length - 1]![0];
    },
  };
}
export type Random = ReturnType<typeof createRandom>;

// Surname frequencies (%), §7; Hải Dương is northern: Hoàng and Vũ rather than Huỳnh and Võ.
const SURNAMES: (readonly [string, number])[] = [
  ['Nguyễn', 38.4],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7.1],
  ['Hoàng', 5.1],
  ['Phan', 4.5],
  ['Vũ', 3.9],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 0.8],
  ['Đào', 0.8],
  ['Trịnh', 0.6],
  ['Phùng', 0.5],
  ['Lương', 0.5],
  ['Mai', 0.5],
  ['Tạ', 0.4],
  ['Nghiêm', 0.3],
  ['Đoàn', 0.6],
];
const MIDDLE_MALE = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thành', 'Xuân', 'Đình', 'Tiến'];
const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Thùy', 'Phương', 'Hồng'];
const GIVEN_MALE = [
  'Hùng',
  'Dũng',
  'Tuấn',
  'Nam',
  'Long',
  'Hải',
  'Đức',
  'Sơn',
  'Thắng',
  'Quân',
  'Khánh',
  'Bình',
  'Cường',
  'Hiếu',
  'Phúc',
  'Trung',
  'Việt',
  'An',
  'Huy',
  'Toàn',
];
const GIVEN_FEMALE = [
  'Lan',
  'Hương',
  'Mai',
  'Hà',
  'Linh',
  'Trang',
  'Hạnh',
  'Ngân',
  'Yến',
  'Thảo',
  'Nhung',
  'Huyền',
  'Loan',
  'Phương',
  'Ngọc',
  'Vân',
  'Dung',
  'Hoa',
  'Giang',
  'Quỳnh',
];
// Mobile prefixes (10 digits since 15/09/2018), §7: Viettel, VinaPhone, MobiFone.
const MOBILE_PREFIXES = [
  '086',
  '096',
  '097',
  '098',
  '032',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '039',
  '088',
  '091',
  '094',
  '081',
  '082',
  '083',
  '084',
  '085',
  '089',
  '090',
  '093',
  '070',
  '076',
  '077',
  '078',
  '079',
];
const STREETS = [
  'Trần Hưng Đạo',
  'Quang Trung',
  'Nguyễn Lương Bằng',
  'Thống Nhất',
  'Điện Biên Phủ',
  'Tôn Đức Thắng',
  'Lê Thanh Nghị',
  'Bạch Đằng',
  'Đại lộ Hồ Chí Minh',
  'Nguyễn Văn Linh',
  'Chi Lăng',
  'Hồng Quang',
];
const WARDS_CITY = [
  'phường Trần Hưng Đạo',
  'phường Quang Trung',
  'phường Nguyễn Trãi',
  'phường Phạm Ngũ Lão',
  'phường Lê Thanh Nghị',
  'phường Ngọc Châu',
  'phường Tân Bình',
  'phường Hải Tân',
  'phường Thanh Bình',
  'phường Cẩm Thượng',
];
const DISTRICT_PLACES: [string, string][] = [
  ['xã Cẩm Vũ', 'huyện Cẩm Giàng'],
  ['thị trấn Nam Sách', 'huyện Nam Sách'],
  ['xã Thanh Hồng', 'huyện Thanh Hà'],
  ['phường Sao Đỏ', 'thành phố Chí Linh'],
  ['thị trấn Gia Lộc', 'huyện Gia Lộc'],
  ['xã Tân Kỳ', 'huyện Tứ Kỳ'],
  ['thị trấn Kẻ Sặt', 'huyện Bình Giang'],
  ['phường An Lưu', 'thị xã Kinh Môn'],
  ['thị trấn Ninh Giang', 'huyện Ninh Giang'],
];

export interface SyntheticPerson {
  fullName: string;
  idNumber: string;
  phone: string;
  email?: string;
  address: string;
}

export function syntheticPerson(random: Random): SyntheticPerson {
  const female = random.chance(0.5);
  const surname = random.weighted(SURNAMES);
  const middle = random.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE);
  const given = random.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
  const fullName = random.chance(0.15)
    ? `${surname} ${middle} ${random.pick(female ? GIVEN_FEMALE : GIVEN_MALE)} ${given}`
    : `${surname} ${middle} ${given}`;
  const year = random.int(1950, 2006);
  // Century/sex digit: 1900s male 0 / female 1, 2000s male 2 / female 3.
  const centuryDigit = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
  const idNumber = `030${centuryDigit}${String(year % 100).padStart(2, '0')}${String(random.int(0, 999_999)).padStart(6, '0')}`;
  const phone = `${random.pick(MOBILE_PREFIXES)}${String(random.int(0, 9_999_999)).padStart(7, '0')}`;
  const address = random.chance(0.55)
    ? `Số ${random.int(1, 250)} ${random.pick(STREETS)}, ${random.pick(WARDS_CITY)}, thành phố Hải Dương, tỉnh Hải Dương`
    : (() => {
        const [commune, district] = random.pick(DISTRICT_PLACES);
        return `Thôn ${random.pick(['Đông', 'Tây', 'Nam', 'Bắc', 'Thượng', 'Hạ', 'Trung'])}, ${commune}, ${district}, tỉnh Hải Dương`;
      })();
  const ascii = given
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();
  return {
    fullName,
    idNumber,
    phone,
    address,
    ...(random.chance(0.4) ? { email: `${ascii}.${idNumber.slice(-4)}@example.vn` } : {}),
  };
}
