import { render, say } from '../../src/messages';

describe('a list of problems too big to answer', () => {
  const text = (units: number, parts: number) =>
    render(say('request.problems-too-big', { units, estimate: parts * 60e6, max: 64e6, parts }), 'vi');

  it('advises splitting the request when it has units to split', () => {
    expect(text(5000, 2)).toMatch(/Hãy chia yêu cầu thành 2 phần/);
  });

  it('never advises splitting one unit: only fixing what repeats', () => {
    expect(text(1, 2)).not.toMatch(/chia/);
    expect(text(1, 2)).toMatch(/sửa các lỗi lặp lại/);
  });
});
