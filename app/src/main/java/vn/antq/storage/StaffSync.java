package vn.antq.storage;

import java.time.LocalDate;
import java.util.List;
import vn.antq.domain.unit.Department;

/**
 * The staff list as an update: the unit's people as a re-import matches them ({@link Roster}), and
 * what the write of a re-import in ONE transaction does ({@link Changes}): new people added, people already
 * there updated, people no longer in the list marked as having left from the year on. The plan of
 * what to write is made by the caller from the roster read inside the same transaction, so what is
 * written is exactly what the data says at the moment of writing. The SQL is in
 * {@link StaffRepository}; callers use {@link StaffListRepository#roster} and {@link StaffListRepository#sync}
 */
public final class StaffSync {
    private StaffSync() {
    }

    /**
     * A person of the unit as a re-import sees them.
     *
     * @param leftYear  the first year they no longer work here (null: working)
     * @param signed    their pledge of the year: true, false, or null when none is recorded
     */
    public record Person(long id, String fullName, String staffCode, Long departmentId, String departmentName,
            String position, LocalDate dateOfBirth, String phone, Integer leftYear, Boolean signed,
            LocalDate pledgeDate) {
        /** Whether they count in {@code year}: not marked as left in that year or before. */
        public boolean activeIn(int year) {
            return leftYear == null || leftYear > year;
        }
    }

    /** Everyone of the unit (also those who left, who may come back) and the departments, for one year. */
    public record Roster(int year, List<Person> people, List<Department> departments) {
        public Roster {
            people = List.copyOf(people);
            departments = List.copyOf(departments);
        }
    }

    /** New details of a person already there (a null pledge leaves the pledge as it is). */
    public record Update(long id, NewStaff values) {
    }

    /**
     * What a re-import writes.
     *
     * @param createDepartments  false: a department not yet there refuses the whole write
     */
    public record Changes(List<NewStaff> added, List<Update> updated, List<Long> leaving,
            boolean createDepartments) {
        public Changes {
            added = List.copyOf(added);
            updated = List.copyOf(updated);
            leaving = List.copyOf(leaving);
        }
    }
}
