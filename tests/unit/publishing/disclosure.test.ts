import { describe, expect, it } from 'vitest';
import { disclosureFacts } from '../../../src/lib/publishing/disclosure.ts';

const signed = { issuers: ['某开发区党工委', '某开发区管理委员会'], date: '2025-12-08' };

describe('disclosureFacts', () => {
  it('lists every fact in the order of a disclosure page when all are known', () => {
    const facts = disclosureFacts({
      ...signed,
      disclosure: {
        indexNumber: '11140200MB0000000X/2025-00012',
        topic: '综合政务\\政务公开',
        documentNumber: '某经管发〔2025〕12号',
        published: { date: '2025-12-10', time: '09:30' },
      },
    });
    expect(facts).toEqual([
      { label: '索引号', value: '11140200MB0000000X/2025-00012' },
      { label: '主题分类', value: '综合政务\\政务公开' },
      { label: '发布机构', value: '某开发区党工委、某开发区管理委员会' },
      { label: '成文日期', value: '2025年12月8日', datetime: '2025-12-08' },
      { label: '发布日期', value: '2025年12月10日 09:30', datetime: '2025-12-10T09:30' },
      { label: '文号', value: '某经管发〔2025〕12号' },
    ]);
  });

  it('shows only what is known: the issuers and the date of signature at least', () => {
    expect(disclosureFacts({ ...signed, disclosure: {} }).map((fact) => fact.label)).toEqual(['发布机构', '成文日期']);
    expect(disclosureFacts({ ...signed, disclosure: { published: { date: '2025-12-10' } } }).at(-1)).toEqual({
      label: '发布日期',
      value: '2025年12月10日',
      datetime: '2025-12-10',
    });
  });
});
