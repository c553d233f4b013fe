import type { Center, UpdateCenterBody } from '@mot-cua/contracts';
import { type Dayjs, dayjsToPlainDate, plainDateToDayjs, timeToDayjs } from '../../lib/dayjs';
import { formatMonthDay, parseMonthDay } from '../../lib/format';

export interface SeasonFormRow {
  name: string;
  /** `dd/MM` as typed by the user. */
  startsOn: string;
  morning: [Dayjs | null, Dayjs | null];
  afternoon: [Dayjs | null, Dayjs | null];
  saturdayMorningOpen: boolean;
}

export interface CenterFormValues {
  name: string;
  shortName: string | null;
  parentBody: string;
  address: string;
  phone: string | null;
  email: string | null;
  openedOn: Dayjs | null;
  placeName: string;
  officeHours: SeasonFormRow[];
  staffPerAgencyLimit: number;
  assignmentMaxMonths: number;
  monthlyAllowanceVnd: number;
}

export const centerFormFields = [
  'name',
  'shortName',
  'parentBody',
  'address',
  'phone',
  'email',
  'openedOn',
  'placeName',
  'officeHours',
  'staffPerAgencyLimit',
  'assignmentMaxMonths',
  'monthlyAllowanceVnd',
] as const;

export const emptySeason = (): SeasonFormRow => ({
  name: '',
  startsOn: '',
  morning: [timeToDayjs('07:30'), timeToDayjs('11:30')],
  afternoon: [timeToDayjs('13:30'), timeToDayjs('17:00')],
  saturdayMorningOpen: false,
});

export function centerToFormValues(center: Center): CenterFormValues {
  return {
    name: center.name,
    shortName: center.shortName,
    parentBody: center.parentBody,
    address: center.address,
    phone: center.phone,
    email: center.email,
    openedOn: plainDateToDayjs(center.openedOn),
    placeName: center.placeName,
    officeHours: center.officeHours.map((s) => ({
      name: s.name,
      startsOn: formatMonthDay(s.startsOn),
      morning: [timeToDayjs(s.morningStart), timeToDayjs(s.morningEnd)],
      afternoon: [timeToDayjs(s.afternoonStart), timeToDayjs(s.afternoonEnd)],
      saturdayMorningOpen: s.saturdayMorningOpen,
    })),
    staffPerAgencyLimit: center.staffPerAgencyLimit,
    assignmentMaxMonths: center.assignmentMaxMonths,
    monthlyAllowanceVnd: center.monthlyAllowanceVnd,
  };
}

const blankToNull = (value: string | null | undefined) => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};
const time = (value: Dayjs | null | undefined) => (value ? value.format('HH:mm') : '');

/** The PATCH body (every editable field; the server validates it with the same contracts schema). */
export function formValuesToUpdateBody(values: CenterFormValues): UpdateCenterBody {
  return {
    name: values.name.trim(),
    shortName: blankToNull(values.shortName),
    parentBody: values.parentBody.trim(),
    address: values.address.trim(),
    phone: blankToNull(values.phone),
    email: blankToNull(values.email),
    openedOn: dayjsToPlainDate(values.openedOn),
    placeName: values.placeName.trim(),
    officeHours: values.officeHours.map((row) => ({
      name: row.name.trim(),
      startsOn: parseMonthDay(row.startsOn) ?? row.startsOn,
      morningStart: time(row.morning?.[0]),
      morningEnd: time(row.morning?.[1]),
      afternoonStart: time(row.afternoon?.[0]),
      afternoonEnd: time(row.afternoon?.[1]),
      saturdayMorningOpen: row.saturdayMorningOpen,
    })),
    staffPerAgencyLimit: values.staffPerAgencyLimit,
    assignmentMaxMonths: values.assignmentMaxMonths,
    monthlyAllowanceVnd: values.monthlyAllowanceVnd,
  };
}

/** Server paths of the season times → the range field that shows them. */
export function centerFieldName(name: (string | number)[]): (string | number)[] {
  if (name[0] !== 'officeHours' || name.length < 3) return name;
  const field = String(name[2]);
  if (field === 'morningStart' || field === 'morningEnd') return ['officeHours', name[1]!, 'morning'];
  if (field === 'afternoonStart' || field === 'afternoonEnd') return ['officeHours', name[1]!, 'afternoon'];
  return name;
}
