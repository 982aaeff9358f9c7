import { describe, expect, it } from 'vitest';
import { idCheckCharacter, passesLuhn, scanTexts, unresolvedHits } from '../../src/desk/sensitive-scan.ts';

const scan = (text: string) => scanTexts([{ where: '一、主要工作成效', text }]);
const kinds = (text: string) => scan(text).map((hit) => [hit.kind, hit.match]);

describe('the sensitive-data scan', () => {
  it('knows the check character of the standard’s own example 身份证号', () => {
    // GB 11643-1999's example number, 11010519491231002X.
    expect(idCheckCharacter('11010519491231002')).toBe('X');
  });

  it('finds an 18-digit 身份证号 whose check character is right, and not one whose check is wrong', () => {
    expect(kinds('联系人身份证号11010519491231002X，请核对。')).toEqual([['idNumber', '11010519491231002X']]);
    expect(scan('编号110105194912310021。').filter((hit) => hit.kind === 'idNumber')).toEqual([]);
  });

  it('finds an 11-digit mobile number, half- or full-width, but not a longer run of digits or a landline', () => {
    expect(kinds('咨询电话13912345678。')).toEqual([['mobile', '13912345678']]);
    expect(kinds('咨询电话１３９１２３４５６７８。')).toEqual([['mobile', '１３９１２３４５６７８']]);
    expect(kinds('电话0352-1234567，编号239123456781。')).toEqual([]);
  });

  it('finds a bank-card number only when it passes the Luhn check', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(kinds('账号4111111111111111。')).toEqual([['bankCard', '4111111111111111']]);
    expect(kinds('账号4111111111111112。')).toEqual([]);
  });

  it('finds an e-mail address', () => {
    expect(kinds('来信请寄 fzb@xinrong.example.gov.cn 。')).toEqual([['email', 'fzb@xinrong.example.gov.cn']]);
  });

  it('finds a 密级 word used as a mark, not the same word in a sentence', () => {
    expect(kinds('机密★1年')).toEqual([['secrecyMark', '机密★1年']]);
    expect(kinds('【内部资料】本文仅供参考')).toEqual([['secrecyMark', '【内部资料】']]);
    expect(kinds('密级：秘密')).toEqual([['secrecyMark', '密级：秘密']]);
    expect(kinds('加强保守国家秘密教育，依法做好不予公开信息的审查。')).toEqual([]);
  });

  it('shows each hit in its context and names where it is', () => {
    const [hit] = scan('本单位联系人手机13912345678，欢迎监督。');
    expect(hit).toMatchObject({ where: '一、主要工作成效', before: '本单位联系人手机', after: '，欢迎监督。', label: '手机号码' });
  });

  it('keeps a hit blocking until it is confirmed by a name', () => {
    const hits = scan('手机13912345678，邮箱 a@b.example.cn');
    expect(unresolvedHits(hits, new Map())).toHaveLength(2);
    expect(unresolvedHits(hits, new Map([[hits[0]!.id, '  ']]))).toHaveLength(2);
    expect(unresolvedHits(hits, new Map([[hits[0]!.id, '张三']]))).toEqual([hits[1]]);
  });
});
