package vn.antq.domain.receiver;

/**
 * The receiving commune police, as printed on the summary.
 *
 * @param police    the police's name ("Công an xã Tân Lập")
 * @param commune   the commune's name ("xã Tân Lập") — the People's Committee it proposes to
 * @param superior  printed above the police's name ("Công an tỉnh Đồng Nai")
 * @param place     the place name of the date line ("Tân Lập")
 * @param headName  the head of the commune police, who signs
 * @param headTitle the head's title ("Trưởng Công an xã")
 * @param deadline  the day packages are due, as "MM-dd" (default 11-20: the ANTT dossier deadline)
 */
public record Commune(String police, String commune, String superior, String place, String headName,
        String headTitle, String deadline) {
    public static final String DEFAULT_DEADLINE = "11-20";

    public static Commune named(String police, String commune) {
        return new Commune(police, commune, "", "", "", "", DEFAULT_DEADLINE);
    }
}
