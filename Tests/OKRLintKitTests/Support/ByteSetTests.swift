import Testing
@testable import OKRLintKit

@Suite struct ByteSetTests {
    @Test func holdsExactlyTheBytesItWasMadeOf() {
        let members: [UInt8] = [0, 63, 64, 97, 127, 128, 191, 192, 255]
        let set = ByteSet(members)
        for byte in UInt8.min...UInt8.max {
            #expect(set.contains(byte) == members.contains(byte), "byte \(byte)")
        }
    }

    @Test func anEmptySetHoldsNothing() {
        let set = ByteSet([UInt8]())
        #expect(!(UInt8.min...UInt8.max).contains(where: set.contains))
    }
}
