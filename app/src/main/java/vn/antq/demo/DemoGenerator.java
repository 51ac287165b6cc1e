package vn.antq.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.antq.domain.DomainException;
import vn.antq.domain.Progress;
import vn.antq.domain.UnitType;
import vn.antq.domain.checklist.Checklist;
import vn.antq.domain.checklist.ChecklistCriterion;
import vn.antq.domain.rubric.RubricItem;
import vn.antq.domain.unit.CommendationKind;
import vn.antq.domain.unit.DepartmentYear;
import vn.antq.domain.unit.EvidenceFile;
import vn.antq.domain.unit.EvidenceLink;
import vn.antq.domain.unit.EvidenceTarget;
import vn.antq.domain.unit.Participant;
import vn.antq.domain.unit.ParticipantRole;
import vn.antq.domain.unit.RecognisingBody;
import vn.antq.domain.unit.RecognisingBodyChoice;
import vn.antq.domain.unit.ReviewMeeting;
import vn.antq.domain.unit.UnitProfile;
import vn.antq.storage.ImportSummary;
import vn.antq.storage.NewStaff;
import vn.antq.storage.Store;
import vn.antq.storage.StoreOptions;

/**
 * Fills an empty data folder with a realistic synthetic unit for demos, tests and benchmarks: staff
 * with Vietnamese names (every tone mark), about one department per 25 staff, pledges (most signed in
 * the first quarter), department and unit registrations, every manual rubric item scored, every
 * applicable Circular 124 criterion answered "đạt", two commendations, the review meeting and a few
 * evidence files (or {@code evidence} files of mixed sizes for the benchmark).
 *
 * <p>Deterministic: the same staff count and year give the same unit (a fixed-seed {@link Random};
 * dates derive from the year, never from the clock). Evidence PDFs carry a random document ID and
 * font-subset tag written by the PDF library, so their bytes (not their content) differ run to run.
 */
public final class DemoGenerator {
    /** Most staff a demo unit can have. */
    public static final int MAX_STAFF = 100_000;
    /** Most evidence files a demo unit can have. */
    public static final int MAX_EVIDENCE = 10_000;
    /** Evidence files made when no count is given. */
    public static final int DEFAULT_EVIDENCE = 5;
    static final long MIN_EVIDENCE_BYTES = 10 * 1024;
    static final long MAX_EVIDENCE_BYTES = 2 * 1024 * 1024;

    /**
     * What to generate.
     *
     * @param staff     number of staff (1…{@link #MAX_STAFF})
     * @param year      the assessment year
     * @param evidence  evidence files to make, or -1 for the default few
     * @param type      the kind of unit, or null for one by size (a school up to 300 staff, else an enterprise)
     */
    public record Options(int staff, int year, int evidence, UnitType type) {
        /** A unit whose kind follows its size. */
        public Options(int staff, int year, int evidence) {
            this(staff, year, evidence, null);
        }

        public Options {
            if (staff < 1 || staff > MAX_STAFF) {
                throw new DomainException("importer.demo.badStaff", String.valueOf(staff), String.valueOf(MAX_STAFF));
            }
            if (evidence < -1 || evidence > MAX_EVIDENCE) {
                throw new DomainException("importer.demo.badEvidence", String.valueOf(evidence), String.valueOf(MAX_EVIDENCE));
            }
        }
    }

    /**
     * What was generated.
     *
     * @param unitName          the unit's name
     * @param year              the year filled
     * @param staff             staff added
     * @param departments       departments (all registered)
     * @param pledged           staff who signed their pledge
     * @param scoredItems       manual rubric items scored
     * @param checklistAnswers  Circular 124 criteria answered
     * @param commendations     commendations recorded
     * @param evidenceFiles     evidence files added
     * @param evidenceBytes     their total size
     */
    public record Summary(String unitName, int year, int staff, int departments, int pledged, int scoredItems,
            int checklistAnswers, int commendations, int evidenceFiles, long evidenceBytes) {
    }

    private record Person(String name, String department, String position, LocalDate birth, String phone,
            boolean pledged, LocalDate pledgeDate) {
    }

    private DemoGenerator() {
    }

    /** The seed of a unit of {@code staff} people: fixed, so a given size always gives the same unit. */
    static long seed(int staff) {
        return 0x510_124L * 1_000_003L + staff;
    }

    /**
     * Fills a data folder. When the folder does not exist or is empty, the unit is built in a
     * temporary folder beside it and moved into place only when complete, so a failure or a
     * cancel leaves nothing half made. A folder with content is filled in place if its store holds
     * no unit yet, and refused otherwise.
     *
     * @return what was generated, and where (the data folder, absolute)
     */
    public static Summary generateInto(Path dataDir, Options options, Progress progress) {
        return generateInto(dataDir, StoreOptions.defaults(), options, progress);
    }

    /** {@link #generateInto(Path, Options, Progress)} with the store opened on the given rules. */
    public static Summary generateInto(Path dataDir, StoreOptions rules, Options options, Progress progress) {
        Path target = dataDir.toAbsolutePath().normalize();
        if (!isEmptyOrMissing(target)) {
            try (Store store = Store.open(target, rules)) {
                return generate(store, options, progress);
            }
        }
        Path tmp = target.resolveSibling("." + target.getFileName() + ".demo-" + ProcessHandle.current().pid()
                + "-" + System.nanoTime());
        try {
            Files.createDirectories(target.getParent());
            Summary summary;
            try (Store store = Store.open(tmp, rules)) {
                summary = generate(store, options, progress);
            }
            if (Files.exists(target)) {
                if (!isEmptyOrMissing(target)) {
                    throw new DomainException("importer.demo.notEmpty", target.toString());
                }
                Files.delete(target);
            }
            try {
                Files.move(tmp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
            return summary;
        } catch (IOException e) {
            throw new DomainException("importer.demo.io", target.toString(), String.valueOf(e.getMessage()));
        } finally {
            deleteTree(tmp);
        }
    }

    private static boolean isEmptyOrMissing(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind holds no user data
        }
    }

    /**
     * Fills the store, which must hold no unit and no staff yet.
     *
     * @throws DomainException when the data folder already holds a unit (nothing is changed then)
     */
    public static Summary generate(Store store, Options options, Progress progress) {
        Progress p = progress == null ? Progress.NONE : progress;
        if (store.unit().profile().isPresent() || store.staff().count() > 0 || !store.evidence().list().isEmpty()) {
            throw new DomainException("importer.demo.notEmpty", store.dataDir().toString());
        }
        int n = options.staff();
        int year = options.year();
        UnitType type = options.type() != null ? options.type()
                : DemoNames.school(n) ? UnitType.CO_SO_GIAO_DUC : UnitType.DOANH_NGHIEP;
        boolean school = type == UnitType.CO_SO_GIAO_DUC;
        Random random = new Random(seed(n));

        p.update(0, 7, "staff");
        List<String> departments = DemoNames.departments(n, type);
        List<Person> people = people(n, year, school, departments, random);
        Person head = people.get(0);
        UnitProfile unit = unit(type, head);
        store.unit().create(unit, year);
        p.checkCancelled();

        List<NewStaff> rows = new ArrayList<>(people.size());
        for (Person x : people) {
            rows.add(new NewStaff(x.name(), x.department(), x.position(), x.birth(), x.phone(), x.pledged(),
                    x.pledged() ? x.pledgeDate() : null));
        }
        ImportSummary imported = store.staffList().importRows(year, rows, Progress.NONE);
        p.update(1, 7, "registrations");
        p.checkCancelled();

        store.years().setRegistration(year, LocalDate.of(year, 1, 20));
        for (DepartmentYear d : store.departments().ofYear(year)) {
            store.departments().setRegistration(year, d.department().id(), true, q1(year, random));
        }
        p.update(2, 7, "scores");
        p.checkCancelled();

        int scored = 0;
        for (RubricItem item : store.rubric().manualItems()) {
            int points = item.max();
            store.scores().set(year, item.code(), points, scoreNote(item.code()));
            scored++;
        }
        p.update(3, 7, "checklist");
        p.checkCancelled();

        Checklist checklist = store.options().checklist();
        int answered = 0;
        for (ChecklistCriterion c : checklist.answerable(unit.type(), unit.hasPartyOrganisation(), unit.hasProtectionForce())) {
            store.checklist().setAnswer(year, c.code(), Boolean.TRUE, "Đạt — đã thực hiện đầy đủ, có minh chứng lưu tại đơn vị.");
            answered++;
        }
        p.update(4, 7, "commendations");
        p.checkCancelled();

        Person guard = people.stream().filter(x -> x.department().equals("Đội Bảo vệ")).findFirst().orElse(head);
        store.scores().addCommendation(year, CommendationKind.COLLECTIVE, "Giấy khen", unit.name(),
                "Giám đốc Công an tỉnh Đồng Nai", (100 + n % 900) + "/QĐ-CAT-PV05", LocalDate.of(year, 8, 19));
        store.scores().addCommendation(year, CommendationKind.INDIVIDUAL, "Giấy khen", guard.name(),
                "Chủ tịch Ủy ban nhân dân xã Tân Lập", (20 + n % 80) + "/QĐ-UBND", LocalDate.of(year, 9, 2));
        store.meetings().saveMeeting(year, meeting(year, unit, recognisingBodyName(store, unit), people, random));
        p.update(5, 7, "evidence");
        p.checkCancelled();

        long[] bytes = {0};
        int files = evidence(store, options, unit, p, bytes);
        p.update(7, 7, "");
        int pledged = (int) people.stream().filter(Person::pledged).count();
        return new Summary(unit.name(), year, imported.staffAdded(), departments.size(), pledged, scored, answered,
                2, files, bytes[0]);
    }

    private static List<Person> people(int n, int year, boolean school, List<String> departments, Random random) {
        int d = departments.size();
        int[] members = new int[d];
        List<Person> people = new ArrayList<>(n);
        String[] prefixes = {"090", "091", "098", "097", "086", "083", "035", "038", "094", "077"};
        for (int i = 0; i < n; i++) {
            // every department gets a head, then a deputy; the rest are spread unevenly
            int dept = i < 2 * d ? i % d : random.nextInt(d);
            String department = departments.get(dept);
            String position = members[dept] == 0 ? DemoNames.head(department, school)
                    : members[dept] == 1 ? DemoNames.deputy(department) : DemoNames.member(department, school);
            members[dept]++;
            String name = DemoNames.person(i, random);
            // heads and deputies 35–59 years old, the others 22–59
            int age = members[dept] <= 2 ? 35 + random.nextInt(25) : 22 + random.nextInt(38);
            LocalDate birth = LocalDate.of(year - age, 1 + random.nextInt(12), 1 + random.nextInt(28));
            String phone = prefixes[random.nextInt(prefixes.length)] + String.format("%07d", random.nextInt(10_000_000));
            boolean pledged = i < 2 * d || random.nextInt(100) < 94;
            LocalDate date = q1(year, random);
            people.add(new Person(name, department, position, birth, phone, pledged, pledged ? date : null));
        }
        return people;
    }

    /** A date in the first quarter of the year (5 January to 31 March). */
    private static LocalDate q1(int year, Random random) {
        return LocalDate.of(year, 1, 5).plusDays(random.nextInt(86));
    }

    private static UnitProfile unit(UnitType type, Person head) {
        // a school under the provincial education department and a health centre under the provincial health
        // department are recognised by the province (Circular 124, Điều 10): named as the clerk types it
        RecognisingBodyChoice province = new RecognisingBodyChoice(RecognisingBody.PROVINCE,
                "Ủy ban nhân dân tỉnh Đồng Nai");
        if (type == UnitType.CO_QUAN) {
            return new UnitProfile("Trung tâm Y tế khu vực Tân Lập", UnitType.CO_QUAN, "Sở Y tế tỉnh Đồng Nai",
                    "Số 45 đường Hùng Vương, xã Tân Lập, tỉnh Đồng Nai", "Tân Lập", "Xã Tân Lập", "Công an xã Tân Lập",
                    head.name(), "Giám đốc", "0251 3861 115", "ttyt.tanlap@example.gov.vn", true, true, true, null,
                    province);
        }
        if (type == UnitType.CO_SO_GIAO_DUC) {
            return new UnitProfile("Trường Trung học phổ thông Lê Quý Đôn", UnitType.CO_SO_GIAO_DUC,
                    "Sở Giáo dục và Đào tạo tỉnh Đồng Nai", "Số 12 đường Nguyễn Ái Quốc, xã Tân Lập, tỉnh Đồng Nai",
                    "Tân Lập", "Xã Tân Lập", "Công an xã Tân Lập", head.name(), "Hiệu trưởng", "0251 3822 510",
                    "thpt.lequydon@example.edu.vn", true, true, true, null, province);
        }
        return new UnitProfile("Công ty Cổ phần May mặc Đồng Nai", UnitType.DOANH_NGHIEP,
                "Tổng công ty Dệt may Miền Nam", "Lô A3, Khu công nghiệp Tân Lập, xã Tân Lập, tỉnh Đồng Nai", "Tân Lập",
                "Xã Tân Lập", "Công an xã Tân Lập", head.name(), "Giám đốc", "0251 3836 124", "lienhe@maydongnai.example.vn",
                true, true, true, null, RecognisingBodyChoice.DEFAULT);
    }

    /** The recognising body's name as the unit's documents print it. */
    private static String recognisingBodyName(Store store, UnitProfile unit) {
        return unit.recognisingBodyOrDefault().printedName(store.options().recognitionRules(), unit.type(),
                unit.superior(), unit.commune(), java.util.Locale.forLanguageTag("vi"), "……");
    }

    /**
     * The review meeting, complete as a clerk would record it: held 08:00–10:30 on 05/11, each person
     * listed once (the chair is the head, the protection force's representative the first guard, the
     * others drawn from the staff without repeating anyone), the opinions of the Party committee, the
     * commune police and the managing authority, and a vote in which everyone present took part and
     * agreed (for + against + abstaining = those present). The conclusion names the body that
     * recognises the unit, as its documents do.
     */
    private static ReviewMeeting meeting(int year, UnitProfile unit, String recognisingBody, List<Person> people,
            Random random) {
        List<Person> order = new ArrayList<>(people);
        java.util.Collections.shuffle(order, random);
        java.util.Set<String> present = new java.util.HashSet<>();
        List<Participant> ps = new ArrayList<>();
        seat(ps, present, ParticipantRole.CHAIR, unit.headName(), unit.headTitle());
        String party = seat(ps, present, ParticipantRole.PARTY_COMMITTEE, next(order, present), "Bí thư Chi bộ");
        seat(ps, present, ParticipantRole.MASS_ORGANISATION, next(order, present), "Chủ tịch Công đoàn");
        seat(ps, present, ParticipantRole.MASS_ORGANISATION, next(order, present),
                "Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh");
        Person guard = people.stream().filter(x -> x.department().equals("Đội Bảo vệ")).findFirst()
                .orElse(people.get(0));
        if (!present.contains(guard.name())) {
            seat(ps, present, ParticipantRole.PROTECTION_FORCE, guard.name(), guard.position() + " Đội Bảo vệ");
        }
        seat(ps, present, ParticipantRole.COMMUNE_POLICE, "Trung tá Lưu Quang Vỹ", "Phó Trưởng Công an xã Tân Lập");
        String authority = switch (unit.type()) {
            case CO_SO_GIAO_DUC -> "Chuyên viên Sở Giáo dục và Đào tạo";
            case CO_QUAN -> "Chuyên viên Phòng Tổ chức cán bộ Sở Y tế";
            case DOANH_NGHIEP -> "Phó Trưởng ban Nhân sự Tổng công ty";
        };
        seat(ps, present, ParticipantRole.MANAGING_AUTHORITY, "Ông Ứng Thế Hiển", authority);
        seat(ps, present, ParticipantRole.SECRETARY, next(order, present), "Thư ký cuộc họp");
        List<String> opinions = new ArrayList<>();
        if (party != null) {
            opinions.add("Đồng chí " + party + ", Bí thư Chi bộ: nhất trí với báo cáo; đề nghị tiếp tục duy trì mô "
                    + "hình “Camera an ninh”.");
        }
        opinions.add("Đồng chí Lưu Quang Vỹ, Phó Trưởng Công an xã Tân Lập: đơn vị phối hợp tốt với Công an xã; đề "
                + "nghị tăng cường tuyên truyền phòng, chống lừa đảo qua mạng.");
        opinions.add("Ông Ứng Thế Hiển, " + authority + ": thống nhất với kết quả tự đánh giá, chấm điểm của đơn vị.");
        String conclusions = "Năm " + year + ", " + unit.name() + " đã thực hiện đầy đủ các tiêu chuẩn “An toàn về an "
                + "ninh, trật tự” theo Thông tư số 124/2021/TT-BCA; không để xảy ra vụ việc phức tạp về an ninh, trật tự. "
                + "Cuộc họp thống nhất đề nghị Công an xã Tân Lập kiểm tra, trình " + recognisingBody
                + " công nhận đơn vị đạt tiêu chuẩn năm " + year + ".";
        return new ReviewMeeting(LocalDate.of(year, 11, 5), java.time.LocalTime.of(8, 0), java.time.LocalTime.of(10, 30),
                "Phòng họp số 1, tầng 2", ps, String.join("\n", opinions), conclusions, ps.size(), 0, ps.size());
    }

    /** Adds a participant unless nobody is left to seat (null); returns the name seated. */
    private static String seat(List<Participant> ps, java.util.Set<String> present, ParticipantRole role, String name,
            String title) {
        if (name == null) {
            return null;
        }
        present.add(name);
        ps.add(new Participant(role, name, title));
        return name;
    }

    /** The next person of the shuffled staff not yet at the meeting; null when everyone is. */
    private static String next(List<Person> order, java.util.Set<String> present) {
        for (Person x : order) {
            if (!present.contains(x.name())) {
                return x.name();
            }
        }
        return null;
    }

    private static final Map<String, String> NOTES = Map.ofEntries(
            Map.entry("1", "Chi bộ ban hành Nghị quyết số 02-NQ/CB ngày 15/01 về công tác bảo đảm ANTT."),
            Map.entry("2", "Tuyên truyền qua hội nghị, bảng tin, nhóm Zalo; 96% cán bộ, người lao động tham gia."),
            Map.entry("3", "Tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” ngày 19/8 cùng địa phương."),
            Map.entry("4a", "Quy chế phối hợp với Công an xã Tân Lập ký ngày 10/02."),
            Map.entry("4b", "Thực hiện đầy đủ quy chế phối hợp; trao đổi thông tin hằng tháng."),
            Map.entry("4c", "Sơ kết 6 tháng ngày 15/6, tổng kết năm ngày 05/11."),
            Map.entry("4d", "Tham gia đầy đủ các phong trào, cuộc vận động của địa phương."),
            Map.entry("5a", "Không có đơn thư vượt cấp, kéo dài; nội bộ đoàn kết."),
            Map.entry("5b", "Không xảy ra tiêu cực, tham nhũng, thất thoát tài sản."),
            Map.entry("5c", "Không xảy ra đình công, lãn công trái pháp luật."),
            Map.entry("5d", "Nội quy bảo vệ cơ quan ban hành ngày 08/01, niêm yết tại cổng."),
            Map.entry("5dd", "Diễn tập phòng cháy, chữa cháy ngày 20/4; không có cháy nổ, tai nạn lao động."),
            Map.entry("5e", "Thực hiện đúng quy định về bảo vệ bí mật nhà nước; không để lộ, mất."),
            Map.entry("5g", "Công đoàn, Đoàn Thanh niên được cấp trên xếp loại hoàn thành xuất sắc nhiệm vụ."),
            Map.entry("6a", "Đội Bảo vệ được bố trí trực 24/24."),
            Map.entry("6b", "Đội Bảo vệ được đánh giá hoàn thành tốt nhiệm vụ."),
            Map.entry("7", "Duy trì mô hình “Camera an ninh” phối hợp cùng Công an xã."));

    private static String scoreNote(String code) {
        return NOTES.getOrDefault(code, "Đã thực hiện đầy đủ; minh chứng lưu tại đơn vị.");
    }

    /** The few default files (or {@code options.evidence()} files of mixed sizes), added and linked. */
    private static int evidence(Store store, Options options, UnitProfile unit, Progress p, long[] bytes) {
        int year = options.year();
        Random random = new Random(seed(options.staff()) ^ 0x5EED);
        DemoEvidence maker = new DemoEvidence();
        List<RubricItem> items = new ArrayList<>(store.rubric().manualItems());
        items.sort(Comparator.comparing(RubricItem::code));
        Path tmp;
        try {
            tmp = Files.createTempDirectory("antq-demo-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            int count = options.evidence() < 0 ? DEFAULT_EVIDENCE : options.evidence();
            Map<String, String> linked = new java.util.LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                p.checkCancelled();
                Spec spec = options.evidence() < 0 ? defaultSpec(i, year) : mixedSpec(i, items, random, year);
                Path file = tmp.resolve("f" + i + (spec.pdf() ? ".pdf" : ".png"));
                String title = spec.title();
                if (spec.pdf()) {
                    RubricItem item = store.rubric().item(spec.code()).orElseThrow();
                    maker.pdf(file, title, unit.name(), List.of(
                            "Căn cứ Thông tư số 124/2021/TT-BCA ngày 28/12/2021 của Bộ Công an và Quyết định số "
                                    + "510/QĐ-BCA-V05 về tiêu chí đánh giá phong trào toàn dân bảo vệ an ninh Tổ quốc;",
                            "Minh chứng cho mục " + item.code() + ": " + item.title().vi(),
                            scoreNote(item.code()),
                            "Nơi nhận: Công an xã Tân Lập; lưu văn thư."),
                            spec.date(), unit.place(), spec.size(), random);
                } else {
                    maker.image(file, title, spec.size(), random);
                }
                EvidenceFile added = store.evidence().add(file, spec.name());
                store.evidence().link(added.sha256(), new EvidenceLink(year, EvidenceTarget.RUBRIC_ITEM, spec.code()));
                linked.putIfAbsent(spec.code(), added.sha256());
                bytes[0] += added.size();
                Files.deleteIfExists(file);
                p.update(5, 7, (i + 1) + "/" + count);
            }
            linkEveryScoredItem(store, year, linked);
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try (var s = Files.list(tmp)) {
                for (Path f : s.toList()) {
                    Files.deleteIfExists(f);
                }
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // a temporary folder left behind is harmless
            }
        }
    }

    /** Which default file also stands for an item that has none of its own (its topic is the nearest). */
    private static final Map<String, String> COVERED_BY = Map.ofEntries(Map.entry("2", "3"), Map.entry("7", "3"),
            Map.entry("4b", "4a"), Map.entry("4c", "4a"), Map.entry("4d", "4a"), Map.entry("5a", "5d"),
            Map.entry("5b", "5d"), Map.entry("5c", "5d"), Map.entry("5e", "5d"), Map.entry("5g", "5d"),
            Map.entry("6a", "5d"), Map.entry("6b", "5d"));

    /**
     * Links every scored item that has no file yet to one of the files made (the default few by topic,
     * else in turn), so that the review of a demo year does not list every item as scored without
     * evidence. Nothing when no file was made.
     */
    private static void linkEveryScoredItem(Store store, int year, Map<String, String> linked) {
        if (linked.isEmpty()) {
            return;
        }
        List<String> shas = new ArrayList<>(new java.util.LinkedHashSet<>(linked.values()));
        int next = 0;
        for (RubricItem item : store.rubric().manualItems()) {
            if (linked.containsKey(item.code())) {
                continue;
            }
            String sha = linked.get(COVERED_BY.getOrDefault(item.code(), ""));
            if (sha == null) {
                sha = shas.get(next++ % shas.size());
            }
            store.evidence().link(sha, new EvidenceLink(year, EvidenceTarget.RUBRIC_ITEM, item.code()));
        }
    }

    private record Spec(boolean pdf, String code, String title, String name, LocalDate date, long size) {
    }

    private static Spec defaultSpec(int i, int year) {
        return switch (i) {
            case 0 -> new Spec(true, "4a", "QUY CHẾ PHỐI HỢP BẢO ĐẢM AN NINH, TRẬT TỰ",
                    "Quy chế phối hợp với Công an xã năm " + year + ".pdf", LocalDate.of(year, 2, 10), 30_000);
            case 1 -> new Spec(true, "5d", "NỘI QUY BẢO VỆ CƠ QUAN", "Nội quy bảo vệ cơ quan.pdf",
                    LocalDate.of(year, 1, 8), 30_000);
            case 2 -> new Spec(false, "3", "Ngày hội toàn dân bảo vệ an ninh Tổ quốc – 19/8/" + year,
                    "Ảnh Ngày hội toàn dân bảo vệ ANTQ.png", LocalDate.of(year, 8, 19), 60_000);
            case 3 -> new Spec(false, "5dd", "Diễn tập phòng cháy, chữa cháy – 20/4/" + year,
                    "Ảnh diễn tập phòng cháy chữa cháy.png", LocalDate.of(year, 4, 20), 80_000);
            default -> new Spec(true, "1", "NGHỊ QUYẾT VỀ CÔNG TÁC BẢO ĐẢM AN NINH, TRẬT TỰ",
                    "Nghị quyết của Chi bộ về công tác ANTT.pdf", LocalDate.of(year, 1, 15), 30_000);
        };
    }

    /** File i of a benchmark set: 3 in 5 PDFs, sizes spread evenly on a log scale from 10 KB to 2 MB. */
    private static Spec mixedSpec(int i, List<RubricItem> items, Random random, int year) {
        RubricItem item = items.get(i % items.size());
        boolean pdf = i % 5 < 3;
        double u = random.nextDouble();
        long size = Math.round(MIN_EVIDENCE_BYTES * Math.pow((double) MAX_EVIDENCE_BYTES / MIN_EVIDENCE_BYTES, u));
        if (pdf) {
            size = Math.max(size, 45_000);
        }
        String title = pdf ? "MINH CHỨNG MỤC " + item.code() + " – SỐ " + (i + 1) : "Minh chứng mục " + item.code()
                + " – ảnh số " + (i + 1);
        String name = "Minh chứng mục " + item.code() + " – số " + (i + 1) + (pdf ? ".pdf" : ".png");
        return new Spec(pdf, item.code(), title, name, LocalDate.of(year, 1, 5).plusDays(i % 300), size);
    }
}
