//! Plural forms, as the Unicode CLDR gives them for whole numbers. English has two (one,
//! other); Welsh has six (zero, one, two, few, many, other). A counting message holds one
//! form per category of its language, in the order `forms` lists, split by `|`.
use super::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// The categories `lang` has, in the order a counting message writes them.
pub fn forms(lang: Lang) -> &'static [Form] {
    match lang {
        Lang::En => &[Form::One, Form::Other],
        Lang::Cy => &[
            Form::Zero,
            Form::One,
            Form::Two,
            Form::Few,
            Form::Many,
            Form::Other,
        ],
    }
}

/// The category of `n` in `lang`.
pub fn form(lang: Lang, n: usize) -> Form {
    match (lang, n) {
        (Lang::En, 1) | (Lang::Cy, 1) => Form::One,
        (Lang::En, _) => Form::Other,
        (Lang::Cy, 0) => Form::Zero,
        (Lang::Cy, 2) => Form::Two,
        (Lang::Cy, 3) => Form::Few,
        (Lang::Cy, 6) => Form::Many,
        (Lang::Cy, _) => Form::Other,
    }
}

/// The form of `template` for `n`. A message with fewer forms than the language has (a
/// translation not yet finished) falls back to its last one.
pub fn pick(template: &str, lang: Lang, n: usize) -> &str {
    let wanted = form(lang, n);
    let at = forms(lang).iter().position(|f| *f == wanted).unwrap_or(0);
    let mut parts = template.split('|');
    let last = template.rsplit('|').next().unwrap_or(template);
    parts.nth(at).unwrap_or(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn welsh_has_six_categories() {
        let seen: Vec<Form> = [0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 20, 100]
            .into_iter()
            .map(|n| form(Lang::Cy, n))
            .collect();
        use Form::*;
        assert_eq!(
            seen,
            [Zero, One, Two, Few, Other, Other, Many, Other, Other, Other, Other, Other]
        );
        assert_eq!(form(Lang::En, 0), Other);
        assert_eq!(form(Lang::En, 1), One);
        assert_eq!(form(Lang::En, 2), Other);
    }

    #[test]
    fn picks_the_form() {
        assert_eq!(pick("{n} code|{n} codes", Lang::En, 1), "{n} code");
        assert_eq!(pick("{n} code|{n} codes", Lang::En, 0), "{n} codes");
        assert_eq!(pick("a|b|c|d|e|f", Lang::Cy, 6), "e");
        assert_eq!(pick("a|b|c|d|e|f", Lang::Cy, 9), "f");
        assert_eq!(pick("only", Lang::Cy, 2), "only");
        assert_eq!(pick("a|b", Lang::Cy, 9), "b");
    }
}
