import {
  calendarSettingsSchema,
  calendarStatusSchema,
  calendarYearSchema,
  confirmCalendarYearBodySchema,
  dueQuerySchema,
  dueResponseSchema,
  lunarQuerySchema,
  lunarResponseSchema,
  Permission,
  saveCalendarYearBodySchema,
  updateCalendarSettingsBodySchema,
  workingDaysQuerySchema,
  workingDaysResponseSchema,
  yearParamsSchema,
} from '@mot-cua/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../platform/http/context';
import { requestLocale } from '../../platform/http/locale';
import type { CalendarService } from './calendar.service';

const tags = ['calendar'];

export function calendarRoutes(service: CalendarService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/calendar/due',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Ngày hẹn trả kết quả cho một thời điểm tiếp nhận và thời hạn',
          description:
            'Thời hạn tính theo ngày làm việc (không tính ngày tiếp nhận — Bộ luật Dân sự 2015 Điều 147), ngày lịch ' +
            '(ngày cuối là ngày nghỉ thì chuyển sang ngày làm việc tiếp theo — Điều 148), giờ làm việc hoặc trong ngày (giờ chốt 15:00). ' +
            'Tiếp nhận ngoài giờ hoặc ngày nghỉ tính từ ngày làm việc tiếp theo. Năm chưa có lịch chính thức: calendarStatus = draft.',
          querystring: dueQuerySchema,
          response: { 200: dueResponseSchema },
        },
      },
      (request) => service.due(new Date(request.query.receivedAt), request.query.amount, request.query.unit),
    );

    app.get(
      '/api/calendar/working-days',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Số ngày làm việc từ ngày … đến ngày … (tính cả hai đầu) và các ngày nghỉ, làm bù trong khoảng',
          querystring: workingDaysQuerySchema,
          response: { 200: workingDaysResponseSchema },
        },
      },
      (request) => service.workingDays(request.query.from, request.query.to),
    );

    app.get(
      '/api/calendar/years',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Các năm có lịch đã lưu (chính thức hoặc dự thảo) và số ngày chờ xác nhận',
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  year: z.number().int(),
                  status: calendarStatusSchema,
                  stored: z.boolean(),
                  pendingCount: z.number().int(),
                }),
              ),
            }),
          },
        },
      },
      async () => ({ items: await service.years() }),
    );

    app.get(
      '/api/calendar/years/:year',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Lịch nghỉ, làm bù của một năm, kèm lý do và căn cứ',
          params: yearParamsSchema,
          response: { 200: calendarYearSchema },
        },
      },
      (request) => service.year(request.params.year, requestLocale(request)),
    );

    app.get(
      '/api/calendar/years/:year/proposal',
      {
        config: { access: Permission.CALENDAR_MANAGE },
        schema: {
          tags,
          summary: 'Dự thảo lịch nghỉ tính theo Bộ luật Lao động và âm lịch',
          params: yearParamsSchema,
          response: { 200: calendarYearSchema },
        },
      },
      (request) => service.proposal(request.params.year),
    );

    app.put(
      '/api/calendar/years/:year',
      {
        config: { access: Permission.CALENDAR_MANAGE },
        schema: {
          tags,
          summary: 'Thêm hoặc sửa lịch của một năm (ghi lý do)',
          params: yearParamsSchema,
          body: saveCalendarYearBodySchema,
          response: { 200: calendarYearSchema },
        },
      },
      (request) => service.saveYear(contextOf(request), request.params.year, request.body),
    );

    app.post(
      '/api/calendar/years/:year/confirm',
      {
        config: { access: Permission.CALENDAR_MANAGE },
        schema: {
          tags,
          summary: 'Xác nhận lịch chính thức của một năm',
          params: yearParamsSchema,
          body: confirmCalendarYearBodySchema,
          response: { 200: calendarYearSchema },
        },
      },
      (request) => service.confirmYear(contextOf(request), request.params.year, request.body.reason),
    );

    app.get(
      '/api/calendar/settings',
      {
        config: { access: 'authenticated' },
        schema: {
          tags,
          summary: 'Thiết lập tính hạn (các quy tắc chưa kiểm chứng được để cấu hình)',
          response: { 200: calendarSettingsSchema },
        },
      },
      () => service.settings(),
    );

    app.patch(
      '/api/calendar/settings',
      {
        config: { access: Permission.CALENDAR_MANAGE },
        schema: {
          tags,
          summary: 'Sửa thiết lập tính hạn (ghi lý do)',
          body: updateCalendarSettingsBodySchema,
          response: { 200: calendarSettingsSchema },
        },
      },
      (request) => service.updateSettings(contextOf(request), request.body),
    );

    app.get(
      '/api/calendar/lunar',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Đổi ngày dương lịch sang âm lịch (múi giờ UTC+7)',
          querystring: lunarQuerySchema,
          response: { 200: lunarResponseSchema },
        },
      },
      (request) => service.lunar(request.query.date),
    );
  };
}
