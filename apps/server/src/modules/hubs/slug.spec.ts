import { SLUG_PATTERN, slugify, withSuffix } from './slug';

describe('slugify', () => {
  it.each([
    ['Gavi, the Vaccine Alliance', 'gavi-the-vaccine-alliance'],
    ['  Água Limpa — São Paulo  ', 'agua-limpa-sao-paulo'],
    ['Clean Air 2030!', 'clean-air-2030'],
    ['UN', 'hub-un'],
    ['健康', 'hub'],
    ['---', 'hub'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('keeps long names to 60 characters without a trailing dash', () => {
    const slug = slugify(`${'a'.repeat(59)} b and more words`);
    expect(slug).toBe('a'.repeat(59));
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it('adds a random suffix that keeps the pattern', () => {
    const slug = withSuffix('clean-air');
    expect(slug).toMatch(/^clean-air-[0-9a-f]{6}$/);
    expect(slug).toMatch(SLUG_PATTERN);
  });
});
