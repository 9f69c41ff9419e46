//! Prints the articles, paragraphs and sentences of a file (a debugging aid).
fn main() {
    let path = std::env::args().nth(1).expect("usage: articles FILE");
    let text = std::fs::read_to_string(path).expect("readable UTF-8 file");
    for (n, a) in sitrep_text::articles(&text).iter().enumerate() {
        println!(
            "=== article {} title: {:?}",
            n + 1,
            a.title.map(|t| t.text(&text))
        );
        for (p, para) in a.paragraphs.iter().enumerate() {
            for s in sitrep_text::sentences(&text, *para) {
                println!("  [{p}] {}", s.text(&text));
            }
        }
    }
}
