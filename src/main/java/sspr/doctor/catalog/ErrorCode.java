package sspr.doctor.catalog;

/** An SSPR portal error or writeback event, one variant of it (6329 has several). */
public record ErrorCode(String code, int variant, String kind, String source, String meaning, String fix, String docPath) {}
