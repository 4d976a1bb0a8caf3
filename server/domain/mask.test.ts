import { maskName, maskPhone } from './mask';

test('a mobile number keeps its first 3 and last 4 digits', () => {
  expect(maskPhone('13812345678')).toBe('138****5678');
  expect(maskPhone(' 13812345678 ')).toBe('138****5678');
});

test('short numbers never show most of their digits', () => {
  expect(maskPhone('12345678')).toBe('****5678');
  expect(maskPhone('1234567')).toBe('*****67');
  expect(maskPhone('123')).toBe('***');
  expect(maskPhone('')).toBe('');
});

test('a name keeps only its first character', () => {
  expect(maskName('张三丰')).toBe('张**');
  expect(maskName('张三')).toBe('张*');
  expect(maskName('王')).toBe('王*');
  expect(maskName('Alice')).toBe('A****');
  expect(maskName('𠮷野家')).toBe('𠮷**');
  expect(maskName('  ')).toBe('');
});
