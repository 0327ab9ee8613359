/** Choosing cards on /op-maat/: the choice in the address, the filters, the age of a child, gone ids. */
import { describe, expect, test } from 'vitest';
import { readAge } from '../../src/search/filter-panel.ts';
import { choiceQuery, idAsWords, inFanOrder, matches, readChoice, resolveChoice, suitsAge, type ChoiceData, type ChoosableCard } from '../../src/referrer/choose.ts';
import { choiceData } from '../../src/referrer/choice-data.ts';
import { site } from './share-fixture.ts';

const card = (id: string, more: Partial<ChoosableCard> = {}): ChoosableCard => ({
  id, title: id, category: 'sport', colour: '#000', facets: {}, ages: [],
  price: '', when: '', where: '', phone: '', page: `/aanbod/${id}/`, pdf: `/kaart/${id}.pdf`, ...more,
});

describe('the choice in the address', () => {
  test('?kies=a,b keeps the order, drops doubles and anything that is not an id', () => {
    expect(readChoice('?kies=zwemmen-dilkom,speelplein')).toEqual(['zwemmen-dilkom', 'speelplein']);
    expect(readChoice('?kies=b,a,b,,%3Cscript%3E,../x,A-B')).toEqual(['b', 'a', 'a-b']);
    expect(readChoice('?kies=a&kies=b')).toEqual(['a', 'b']);
    expect(readChoice('?q=x')).toEqual([]);
    expect(readChoice(`?kies=${Array.from({ length: 500 }, (_, i) => `k${i}`).join(',')}`)).toHaveLength(200);
    expect(choiceQuery(['a', 'b-c'])).toBe('?kies=a,b-c');
    expect(choiceQuery([])).toBe('');
  });

  test('a gone id is named in words; cards come in the order of the printed fan', () => {
    const data: ChoiceData = { site: 'W', url: 'https://w.example', edition: '2026', cards: [card('a'), card('b'), card('c')], notOnFan: { oud: { title: 'Oud', page: '/aanbod/oud/' } } };
    expect(resolveChoice(data, ['c', 'weg-ermee', 'oud', 'a']).map((r) => r.kind)).toEqual(['card', 'gone', 'not-on-fan', 'card']);
    expect(inFanOrder(data, ['c', 'a']).map((c) => c.id)).toEqual(['a', 'c']);
    expect(idAsWords('zwemmen-dilkom')).toBe('zwemmen dilkom');
    // An id such as "constructor" is not a property of the data.
    expect(resolveChoice(data, ['constructor'])[0]!.kind).toBe('gone');
  });
});

describe('filters', () => {
  test('as on /zoeken/: any value within a group, every group with a tick', () => {
    const swim = card('swim', { facets: { dag: ['Woensdag', 'Zaterdag'], doelgroep: ['Kinderen'] } });
    expect(matches(swim, { dag: ['Woensdag', 'Maandag'] })).toBe(true);
    expect(matches(swim, { dag: ['Woensdag'], doelgroep: ['Senioren'] })).toBe(false);
    expect(matches(swim, { dag: [] })).toBe(true);
  });

  test('the age of a child: the same ages as the search filter', () => {
    expect(suitsAge({ ages: [6, 7, 8] }, 7)).toBe(true);
    expect(suitsAge({ ages: [6, 7, 8] }, 4)).toBe(false);
    expect(matches(card('x', { ages: [] }), {}, 7)).toBe(false);
    expect(matches(card('x', { ages: [7] }), {}, undefined)).toBe(true);
    expect([readAge(' 7 ', 18), readAge('zeven', 18), readAge('', 18), readAge('30', 18), readAge('-1', 18)]).toEqual([7, undefined, undefined, undefined, undefined]);
  });
});

describe('the data the page chooses from', () => {
  test('cards of the fan with the facts the card prints, the phone, and the search facets', () => {
    const data = choiceData(site);
    expect(data.cards.map((c) => c.id)).toEqual(['zwemmen', 'wandelen']);
    expect(data.cards[1]).toMatchObject({ phone: '02 451 68 50', pdf: '/kaart/wandelen.pdf', page: '/aanbod/wandelen/' });
    expect(data.cards[0]!.facets['dag']).toEqual(['Woensdag', 'Zaterdag', 'Zondag']);
    // Children from 6 to 12 (the offer's own range); everyone: every child age, as on /zoeken/.
    expect(data.cards[0]!.ages).toEqual([6, 7, 8, 9, 10, 11, 12]);
    expect(data.cards[1]!.ages).toHaveLength(19);
  });
});
