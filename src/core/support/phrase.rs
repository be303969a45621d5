//! The share phrase that seals a supporter's copy: four plain words the app picks, easy to
//! say aloud or send apart from the copy. Four words of 256 are 32 bits; each guess costs the
//! most rounds the lock allows (`PHRASE_ITERATIONS`), about four times an unlock.
use crate::core::lock::MAX_ITERATIONS;

/// Words in a share phrase.
pub const PHRASE_WORDS: usize = 4;
/// Rounds of PBKDF2 a share phrase is stretched by: a copy is sealed and opened once, so it
/// can take a few seconds where the lock, opened every day, cannot.
pub const PHRASE_ITERATIONS: u32 = MAX_ITERATIONS;

/// Short, concrete, kind words, each said only one way; nothing that could hurt to read in
/// a crisis. Never reorder or change one: a phrase is only these words, in any order made.
pub(super) const WORDS: [&str; 256] = [
    "acorn", "apple", "apron", "arch", "arrow", "aunt", "autumn", "badge", "bagel", "baker",
    "ball", "balloon", "bamboo", "banana", "band", "bank", "barn", "basket", "bath", "beach",
    "bean", "bear", "bed", "bee", "bell", "bench", "berry", "bike", "bird", "biscuit", "blanket",
    "boat", "bone", "book", "boot", "bowl", "box", "branch", "bread", "brick", "brook", "brush",
    "bucket", "bud", "bus", "butter", "button", "cabin", "cake", "camel", "candle", "canoe", "cap",
    "card", "carrot", "castle", "cat", "cave", "chair", "chalk", "cheese", "cherry", "chess",
    "chip", "city", "clay", "clock", "cloud", "coat", "coin", "comet", "cookie", "corn", "cotton",
    "cow", "crab", "crayon", "cream", "cup", "curtain", "daisy", "desk", "dish", "dog", "doll",
    "dolphin", "door", "dove", "dragon", "drum", "duck", "eagle", "egg", "elbow", "engine",
    "fairy", "farm", "feather", "fence", "fern", "field", "fig", "fish", "flag", "flute", "fog",
    "forest", "fox", "frog", "garden", "gate", "gift", "glove", "goat", "gold", "goose", "grape",
    "grass", "guitar", "hammer", "harbour", "hat", "hay", "hedge", "hill", "honey", "horse",
    "house", "iron", "island", "jam", "jar", "jelly", "jigsaw", "kettle", "key", "kite", "kitten",
    "koala", "ladder", "lake", "lamb", "lamp", "leaf", "lemon", "letter", "lily", "lime", "lion",
    "lizard", "llama", "mango", "map", "maple", "meadow", "melon", "mint", "mitten", "moon",
    "moss", "mouse", "mug", "nest", "net", "notebook", "oak", "oar", "ocean", "olive", "onion",
    "orange", "otter", "owl", "paddle", "panda", "paper", "park", "parrot", "pasta", "peach",
    "peanut", "pebble", "pen", "pencil", "penguin", "pepper", "piano", "picnic", "pillow", "pine",
    "pizza", "planet", "plum", "pocket", "pond", "pony", "potato", "puffin", "pumpkin", "puppy",
    "quilt", "rabbit", "radio", "raft", "rain", "rainbow", "ribbon", "river", "robin", "rocket",
    "roof", "sail", "salad", "sand", "scarf", "seed", "sheep", "shell", "ship", "shoe", "silver",
    "sky", "snail", "snow", "sock", "sofa", "spoon", "squirrel", "star", "stone", "straw", "sugar",
    "sun", "swan", "table", "teapot", "tent", "tiger", "toast", "tomato", "tree", "tulip",
    "turtle", "umbrella", "valley", "van", "violin", "wagon", "walnut", "water", "whale", "wheel",
    "willow", "window", "wool", "zebra",
];

/// A share phrase from random bytes, one a word (256 words, so none is likelier).
pub fn phrase(random: [u8; PHRASE_WORDS]) -> String {
    let words = random.map(|byte| WORDS[usize::from(byte)]);
    words.join(" ")
}

/// A phrase as typed, the way it was made: capitals, commas, dashes and spaces between the
/// words do not matter.
pub fn normalise(typed: &str) -> String {
    let lower = typed.to_lowercase();
    let words = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    words.collect::<Vec<_>>().join(" ")
}

/// Words typed that are not share-phrase words (a slip, checked before the slow opening).
pub fn unknown_words(typed: &str) -> Vec<String> {
    let typed = normalise(typed);
    let unknown = typed
        .split(' ')
        .filter(|w| !w.is_empty() && !WORDS.contains(w));
    unknown.map(str::to_owned).collect()
}
