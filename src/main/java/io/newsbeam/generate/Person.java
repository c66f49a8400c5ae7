package io.newsbeam.generate;

/** A speaker in a story. {@code role} is the appositive used at first mention ("a spokeswoman for ..."). */
final class Person {
  final String first;
  final String last;
  final boolean female;
  final String role;

  Person(String first, String last, boolean female, String role) {
    this.first = first;
    this.last = last;
    this.female = female;
    this.role = role;
  }

  String fullName() {
    return first + " " + last;
  }
}
