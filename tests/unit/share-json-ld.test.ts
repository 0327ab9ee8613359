import { describe, expect, it } from 'vitest';
import { offerJsonLd, schedules, scriptJson } from '../../src/share/json-ld.ts';
import { site, swim, walk } from './share-fixture.ts';

describe('offer JSON-LD', () => {
  const data = offerJsonLd(site, swim) as Record<string, any>;

  it('describes the activity as a schema.org Event on its page', () => {
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Event');
    expect(data.url).toBe('https://waaier.example.be/aanbod/zwemmen/');
    expect(data.image).toBe('https://waaier.example.be/og/zwemmen.png');
    expect(data.startDate).toBe('2026-09-01');
    expect(data.endDate).toBe('2027-06-30');
  });

  it('names every price in euro: the normal one and each discount', () => {
    expect(data.offers).toEqual([
      expect.objectContaining({ '@type': 'Offer', name: 'Gewone prijs', price: '4.50', priceCurrency: 'EUR' }),
      expect.objectContaining({ name: 'Met participatiepas', price: '0.90', priceCurrency: 'EUR' }),
      expect.objectContaining({ name: 'Met UiTPAS kansentarief', price: '0.50', priceCurrency: 'EUR' }),
    ]);
    expect(data.isAccessibleForFree).toBeUndefined();
  });

  it('marks a free offer as accessible for free', () => {
    const free = offerJsonLd(site, walk) as Record<string, any>;
    expect(free.isAccessibleForFree).toBe(true);
    expect(free.offers).toEqual([expect.objectContaining({ price: '0.00', priceCurrency: 'EUR' })]);
    expect(free.eventSchedule).toBeUndefined();
    expect(free.location).toEqual({ '@type': 'Place', name: 'Het bos' });
  });

  it('gives the place with a postal address split into its parts', () => {
    expect(data.location).toEqual({
      '@type': 'Place', name: 'Zwembad',
      address: { '@type': 'PostalAddress', streetAddress: 'Kerkstraat 12', postalCode: '1700', addressLocality: 'Dilbeek', addressCountry: 'BE' },
    });
  });

  it('gives the audience with its age range and the organiser with a way to reach them', () => {
    expect(data.audience).toEqual({ '@type': 'PeopleAudience', audienceType: 'Kinderen', suggestedMinAge: 6, suggestedMaxAge: 12 });
    expect(data.organizer).toMatchObject({
      '@type': 'Organization', name: 'Sportdienst', telephone: '+3224516850',
      contactPoint: { '@type': 'ContactPoint', email: 'zwem@example.be' },
    });
  });
});

describe('schedules', () => {
  it('groups the days that share a time, weekly, in Belgian time', () => {
    expect(schedules(swim.schedule!.slots, swim.schedule!.season)).toEqual([
      {
        '@type': 'Schedule', byDay: ['https://schema.org/Wednesday', 'https://schema.org/Saturday'], startTime: '14:00:00', endTime: '16:00:00',
        repeatFrequency: 'P1W', scheduleTimezone: 'Europe/Brussels', startDate: '2026-09-01', endDate: '2027-06-30',
      },
      expect.objectContaining({ byDay: ['https://schema.org/Sunday'], startTime: '09:00:00', endTime: '12:30:00' }),
    ]);
  });
});

describe('scriptJson', () => {
  it('cannot close the script element or open a comment, and still parses to the same data', () => {
    const text = scriptJson(offerJsonLd(site, swim));
    expect(text).not.toMatch(/<\/script|<!--|</);
    expect(JSON.parse(text)).toEqual(offerJsonLd(site, swim));
  });
});
