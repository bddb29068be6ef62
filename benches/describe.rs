use criterion::{criterion_group, criterion_main, Criterion};

fn describe(c: &mut Criterion) {
    c.bench_function("describe exact", |b| {
        b.iter(|| wsaerr::describe(std::hint::black_box(10060), std::hint::black_box("zh-CN")))
    });
}

criterion_group!(benches, describe);
criterion_main!(benches);
